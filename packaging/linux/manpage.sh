#!/bin/sh
# Writes the gzipped man page of one of SiteSafe's programs from its --help and --version with help2man, at build
# time (packaging/CMakeLists.txt). Usage: manpage.sh PROGRAM NAME DESCRIPTION OUT.1.gz [VERSION]
# help2man runs a wrapper named NAME, which runs the program as plain NAME (so its usage says "NAME", not the build
# path) with the home folder "~" (so defaults under it read "~/.local/share/…", not the builder's home), and puts
# two spaces after each name of a "  name text" list (help2man's sign of a term and its description; sitesafe-cli
# leaves one after its longer command names). Given VERSION, the program prints its usage on stderr with exit
# status 2 and has no --version (sitesafe-server): the wrapper answers --version and passes the usage on, one
# line per command.
# A "Commands:" list adds a COMMANDS section with each command's --help (sitesafe-cli).
set -eu

program=$1 name=$2 description=$3 out=$4 version=${5:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/program"
ln -s "$program" "$work/program/$name"

cat >"$work/bin/$name" <<WRAPPER
#!/bin/sh
if [ -n "$version" ] && [ "\$1" = --version ]; then echo "$name $version"; exit 0; fi
status=0
PATH="$work/program:\$PATH" "$name" "\$@" >"$work/out" 2>"$work/err" || status=\$?
if [ -n "$version" ] && [ \$status -eq 2 ]; then
    # One synopsis line per command, as help2man reads them: "Usage: …", then "  or:  …".
    status=0
    sed -e ':a' -e 'N' -e '\$!ba' -e 's/\n  *\[/ [/g' "$work/err" |
        sed -e 's/^usage: /Usage: /' -e 's/^ *$name /  or:  $name /' >"$work/out"
fi
sed 's/^  \([a-z][a-z-]*\) \([^ ]\)/  \1  \2/' "$work/out"
exit \$status
WRAPPER
chmod +x "$work/bin/$name"

export PATH="$work/bin:$PATH" HOME='~' LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
unset XDG_DATA_HOME XDG_CONFIG_HOME

# Sections help2man cannot find in --help: packaging/linux/NAME.h2m, when there is one.
include="$work/include.h2m"
: >"$include"
if [ -f "$(dirname "$0")/$name.h2m" ]; then
    cat "$(dirname "$0")/$name.h2m" >>"$include"
fi
commands=$("$name" --help | sed -n '/^Commands:/,$ s/^  \([a-z][a-z-]*\) .*/\1/p')
if [ -n "$commands" ]; then
    echo '[COMMANDS]' >>"$include"
    for command in $commands; do
        printf '.SS "%s %s"\n.nf\n' "$name" "$command" >>"$include"
        # roff: a backslash is written \e, and a line must not start with a dot or an apostrophe.
        "$name" "$command" --help | sed -e 's/\\/\\e/g' -e "s/^[.']/\\\\\\&&/" >>"$include"
        printf '.fi\n' >>"$include"
    done
fi

# --locale: help2man's own default, C, would write each Chinese character as "?".
set -- --no-info --locale=C.UTF-8 --section 1 --name "$description" --output "$work/$name.1"
if [ -s "$include" ]; then
    set -- "$@" --include "$include"
fi
help2man "$@" "$name"
gzip -9n <"$work/$name.1" >"$out"
