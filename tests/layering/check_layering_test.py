#!/usr/bin/env python3
"""Proves scripts/check-layering both ways: it passes on the tree, and on a copy of src/ with one forbidden
include added to a lower layer it fails, naming file and line. Further cases: a Designer form outside widgets,
a Qt header of a module the layer may not use, an unknown Qt header, a new folder without an allow-list, and a
pending breach (tolerated, but failed by --strict)."""

import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, "scripts", "check-layering")
failures = []


def run(root, *args):
    p = subprocess.run([sys.executable, SCRIPT, "--root", root, *args], capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def expect(name, condition, output):
    print(("ok   " if condition else "FAIL ") + name)
    if not condition:
        failures.append(name)
        print(output)


def insert_line(path, number, text):
    """Inserts `text` so that it becomes line `number` of the file."""
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    lines.insert(number - 1, text + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)


def fresh_copy(tmp, name):
    root = os.path.join(tmp, name)
    shutil.copytree(os.path.join(ROOT, "src"), os.path.join(root, "src"))
    return root


code, out = run(ROOT)
expect("the tree passes", code == 0 and "no include breaks the layering" in out, out)

with tempfile.TemporaryDirectory() as tmp:
    root = fresh_copy(tmp, "upward")
    insert_line(os.path.join(root, "src", "core", "clock.cpp"), 3, '#include "widgets/mainwindow.h"')
    code, out = run(root)
    expect("an upward include fails with exit 1", code == 1, out)
    expect("and names file, line, include and rule",
           'src/core/clock.cpp:3: #include "widgets/mainwindow.h": sitesafe_core may not use sitesafe_widgets'
           in out, out)
    expect("and reports nothing else", out.count("src/core/clock.cpp:") == 1 and "1 include(s) break" in out, out)

    root = fresh_copy(tmp, "form")
    insert_line(os.path.join(root, "src", "models", "todaymodel.cpp"), 2, '#include "ui_todaypage.h"')
    code, out = run(root)
    expect("a Designer form outside widgets fails",
           code == 1 and "src/models/todaymodel.cpp:2:" in out and "Designer forms" in out, out)

    root = fresh_copy(tmp, "module")
    insert_line(os.path.join(root, "src", "protocol", "mutation.cpp"), 2, "#include <QWidget>")
    insert_line(os.path.join(root, "src", "storage", "database.cpp"), 2, "#include <QtNetwork/QTcpSocket>")
    insert_line(os.path.join(root, "src", "server", "rowstore.cpp"), 2, '#include "storage/database.h"')
    code, out = run(root)
    expect("QtWidgets in protocol fails", "src/protocol/mutation.cpp:2: #include <QWidget>: sitesafe_protocol "
           "may not use Qt6::Widgets" in out, out)
    expect("QtNetwork in storage fails", "src/storage/database.cpp:2: #include <QtNetwork/QTcpSocket>: "
           "sitesafe_storage may not use Qt6::Network" in out, out)
    expect("storage in server fails", 'src/server/rowstore.cpp:2: #include "storage/database.h": '
           "sitesafe_server_lib may not use sitesafe_storage" in out, out)
    expect("three breaches, exit 1", code == 1 and "3 include(s) break" in out, out)

    root = fresh_copy(tmp, "unknown")
    insert_line(os.path.join(root, "src", "core", "clock.h"), 2, "#include <QFrobnicator>")
    code, out = run(root)
    expect("an unknown Qt header is an error", code == 1 and "src/core/clock.h:2: <QFrobnicator>: unknown Qt "
           "header" in out, out)

    root = fresh_copy(tmp, "folder")
    os.makedirs(os.path.join(root, "src", "gadget"))
    with open(os.path.join(root, "src", "gadget", "gadget.cpp"), "w", encoding="utf-8") as f:
        f.write('#include "core/clock.h"\n')
    code, out = run(root)
    expect("a folder without an allow-list names the missing list",
           code == 1 and "SITESAFE_ALLOWED_sitesafe_gadget" in out and "src/gadget/gadget.cpp" in out, out)

    root = fresh_copy(tmp, "pending")
    with open(os.path.join(root, "src", "layering.cmake"), "a", encoding="utf-8") as f:
        f.write("set(SITESAFE_PENDING_sitesafe_demo Qt6::Sql)\n")
    insert_line(os.path.join(root, "src", "demo", "demorandom.cpp"), 2, "#include <QSqlQuery>")
    code, out = run(root)
    expect("a pending breach is listed but tolerated",
           code == 0 and "src/demo/demorandom.cpp:2: #include <QSqlQuery>: sitesafe_demo uses Qt6::Sql (pending)"
           in out, out)
    code, out = run(root, "--strict")
    expect("--strict fails on it", code == 1 and "src/demo/demorandom.cpp:2:" in out, out)

    root = fresh_copy(tmp, "exports")
    insert_line(os.path.join(root, "src", "models", "todaymodel.cpp"), 2, "#include <QSqlRecord>")
    insert_line(os.path.join(root, "src", "demo", "demorandom.cpp"), 2, "#include <QSqlDatabase>")
    code, out = run(root, "--strict")
    expect("storage's exported QSqlDatabase needs storage on the allow-list",
           "src/demo/demorandom.cpp:2: #include <QSqlDatabase>: sitesafe_demo may not use Qt6::Sql" in out, out)
    expect("only the exported header passes through storage",
           "src/models/todaymodel.cpp:2: #include <QSqlRecord>" in out, out)

sys.exit(1 if failures else 0)
