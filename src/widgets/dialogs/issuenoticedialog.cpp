#include "issuenoticedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QVBoxLayout>

#include "core/domainlabels.h"
#include "models/noticedefaults.h"
#include "models/noticedraftloader.h"
#include "models/noticelistmodel.h"
#include "models/sqlworker.h"
#include "reports/noticeissuer.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "sync/synccontroller.h"
#include "widgets/appsettings.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

constexpr int kHazardIdRole = Qt::UserRole + 1;

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

IssueNoticeDialog::IssueNoticeDialog(DataFolderSession &session, QUrl verificationBase, QString actor,
    const QStringList &hazardIds, const QString &inspectionId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_verificationBase(std::move(verificationBase))
    , m_actor(std::move(actor))
    , m_worker(new SqlWorker(session.store().database().path(), this))
{
    setWindowTitle(tr("Issue notice"));
    buildForm();
    m_worker->post<NoticeDraftData>(
        this,
        [hazardIds, inspectionId](ReadConnection db) { return NoticeDraftLoader::load(db, hazardIds, inspectionId); },
        [this](NoticeDraftData data) { fill(std::move(data)); });
}

IssueNoticeDialog::~IssueNoticeDialog() = default;

QUrl IssueNoticeDialog::verificationBase(const DataFolderSession &session, const AppSettings &settings)
{
    if (const SyncController *sync = session.syncController(); sync && sync->profile().isConfigured()) {
        QUrl origin;
        const QUrl server = sync->profile().serverUrl;
        origin.setScheme(server.scheme());
        origin.setHost(server.host());
        origin.setPort(server.port());
        return origin;
    }
    return settings.noticeVerificationBase();
}

void IssueNoticeDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_project = new QLabel(tr("Reading the hazards…"), this);
    m_form->addRow(tr("Project:"), m_project);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"noticeKind"_s);
    for (const QString &kind : NoticeListModel::kinds())
        m_kind->addItem(NoticeListModel::kindLabel(kind), kind);
    m_form->addRow(tr("&Kind:"), m_kind);

    auto *scopeRow = new QWidget(this);
    auto *scopeLayout = new QHBoxLayout(scopeRow);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    m_scope = new QComboBox(scopeRow);
    m_scope->addItem(tr("Partial stop"), u"partial"_s);
    m_scope->addItem(tr("Total stop"), u"total"_s);
    m_scopePart = new QLineEdit(scopeRow);
    m_scopePart->setPlaceholderText(tr("Parts stopped, e.g. Building 3 formwork, tower crane T2"));
    scopeLayout->addWidget(m_scope);
    scopeLayout->addWidget(m_scopePart, 1);
    m_form->addRow(tr("&Scope:"), scopeRow);

    m_original = new QComboBox(this);
    m_form->addRow(tr("&Original notice:"), m_original);

    m_hazards = new QListWidget(this);
    m_hazards->setMinimumHeight(90);
    m_hazards->setMaximumHeight(160); // the texts below need the room more than a long list does
    m_form->addRow(tr("&Hazards:"), m_hazards);

    m_recipient = new QComboBox(this);
    // The recipient's whole name and role must be readable: it is who the notice is served on.
    m_recipient->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_recipient->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_form->addRow(tr("&Recipient:"), m_recipient);

    auto *deadlineRow = new QWidget(this);
    auto *deadlineLayout = new QHBoxLayout(deadlineRow);
    deadlineLayout->setContentsMargins(0, 0, 0, 0);
    m_hasDeadline = new QCheckBox(tr("Rectify by"), deadlineRow);
    m_deadline = new QDateEdit(deadlineRow);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_deadline->setDate(m_session.today().addDays(7));
    deadlineLayout->addWidget(m_hasDeadline);
    deadlineLayout->addWidget(m_deadline);
    deadlineLayout->addStretch(1);
    m_form->addRow(tr("&Deadline:"), deadlineRow);

    m_decision = textBox(this, 4);
    m_form->addRow(tr("D&ecision:"), m_decision);
    m_requirements = textBox(this, 3);
    m_form->addRow(tr("Re&quirements:"), m_requirements);
    m_legalBasis = textBox(this, 3);
    m_form->addRow(tr("&Legal basis:"), m_legalBasis);
    m_inspectors = new QLineEdit(this);
    m_inspectors->setPlaceholderText(tr("At least two names, separated by commas"));
    m_form->addRow(tr("&Inspectors:"), m_inspectors);

    m_remaining = new QLabel(this);
    layout->addWidget(m_remaining);
    auto *warning = new QLabel(tr("Issuing cannot be undone: a served notice is a legal document. A notice issued in "
                                  "error is voided with a reason on the Notices page, and its number stays used."),
        this);
    warning->setWordWrap(true);
    warning->setStyleSheet(u"color: #8a5a00;"_s);
    layout->addWidget(warning);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_issueButton = buttons->addButton(tr("Issue"), QDialogButtonBox::AcceptRole);
    m_issueButton->setToolTip(tr("Issue the notice (Ctrl+Enter)"));
    m_issueButton->setEnabled(false);
    layout->addWidget(buttons);
    // Issue goes through issue() alone (accepted() is left unconnected), so a refusal keeps the form open.
    connect(m_issueButton, &QPushButton::clicked, this, &IssueNoticeDialog::issue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(shortcut, &QShortcut::activated, this, &IssueNoticeDialog::issue);
    }

    connect(m_kind, &QComboBox::currentIndexChanged, this, &IssueNoticeDialog::updateForKind);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &IssueNoticeDialog::updateForKind);
    connect(m_scopePart, &QLineEdit::textChanged, this, &IssueNoticeDialog::refreshDefaults);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    connect(m_hasDeadline, &QCheckBox::toggled, this, &IssueNoticeDialog::refreshDefaults);
    connect(m_deadline, &QDateEdit::dateChanged, this, &IssueNoticeDialog::refreshDefaults);
    connect(m_hazards, &QListWidget::itemChanged, this, [this] {
        // The deadline follows the hazards picked while the user has not set it.
        if (const QDate latest = NoticeDefaults::deadline(checkedHazards()); latest.isValid())
            m_deadline->setDate(latest);
        refreshDefaults();
    });
    updateForKind();
}

void IssueNoticeDialog::fill(NoticeDraftData data)
{
    m_data = std::move(data);
    if (!m_data.error.isEmpty()) {
        m_project->setText(tr("Not read"));
        showMessage(m_data.error, true);
        m_isReady = true;
        Q_EMIT loaded();
        return;
    }
    m_project->setText(m_data.projectName);
    const QSignalBlocker blockHazards(m_hazards);
    for (const NoticeHazard &h : std::as_const(m_data.hazards)) {
        QString text = u"%1 · %2"_s.arg(DomainLabels::hazardLevel(h.isMajor), h.description);
        if (!h.location.isEmpty())
            text += u" (%1)"_s.arg(h.location);
        if (h.deadline.isValid())
            text += tr(" · due %1").arg(h.deadline.toString(u"yyyy-MM-dd"_s));
        auto *item = new QListWidgetItem(text, m_hazards);
        item->setData(kHazardIdRole, h.id);
        item->setToolTip(h.basis);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_data.preselectedIds.contains(h.id) ? Qt::Checked : Qt::Unchecked);
    }
    for (const NoticeChoice &e : std::as_const(m_data.enterprises))
        m_recipient->addItem(e.label, e.id);
    // The recipient is the party responsible for the picked hazards, when the project lists it.
    const QList<NoticeHazard> picked = checkedHazards();
    for (const NoticeHazard &h : picked) {
        if (const int at = m_recipient->findData(h.responsibleEnterpriseId); at >= 0) {
            m_recipient->setCurrentIndex(at);
            break;
        }
    }
    m_original->addItem(tr("(choose the notice answered)"), QString());
    for (const NoticeChoice &n : std::as_const(m_data.notices))
        m_original->addItem(n.label, n.id);
    if (const QDate latest = NoticeDefaults::deadline(picked); latest.isValid())
        m_deadline->setDate(latest);
    QStringList inspectors = m_data.inspectors;
    if (inspectors.size() < 2 && !m_actor.isEmpty() && !inspectors.contains(m_actor))
        inspectors.prepend(m_actor);
    m_inspectors->setText(inspectors.join(tr(", ")));
    // A stop-work measure among the hazards suggests the stop-work notice.
    bool isStop = false;
    for (const NoticeHazard &h : picked)
        isStop = isStop || h.measure == u"partial_stop" || h.measure == u"full_stop";
    if (isStop) {
        bool isTotal = false;
        for (const NoticeHazard &h : picked)
            isTotal = isTotal || h.measure == u"full_stop";
        m_scope->setCurrentIndex(m_scope->findData(isTotal ? u"total"_s : u"partial"_s));
        m_kind->setCurrentIndex(m_kind->findData(u"stop_work"_s));
    }
    if (!m_data.leftOut.isEmpty())
        showMessage(m_data.leftOut.join(u'\n'), false);
    m_isReady = true;
    m_issueButton->setEnabled(true);
    updateForKind();
    Q_EMIT loaded();
}

void IssueNoticeDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

void IssueNoticeDialog::updateForKind()
{
    const QString kind = m_kind->currentData().toString();
    const bool isStop = kind == u"stop_work";
    const bool answersNotice = kind == u"resume_work" || kind == u"reinspection";
    m_form->setRowVisible(m_scope->parentWidget(), isStop);
    m_scopePart->setEnabled(m_scope->currentData().toString() == u"partial");
    m_form->setRowVisible(m_original, answersNotice);
    // 限期整改 and 督办 set a deadline; the others may (a stop-work notice names when to report back).
    const bool wantsDeadline = kind == u"rectification" || kind == u"supervision";
    m_hasDeadline->setChecked(wantsDeadline);
    m_deadline->setEnabled(m_hasDeadline->isChecked());
    refreshRemaining();
    refreshDefaults();
}

QList<NoticeHazard> IssueNoticeDialog::checkedHazards() const
{
    QList<NoticeHazard> out;
    for (int i = 0; i < m_hazards->count(); ++i) {
        const QListWidgetItem *item = m_hazards->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        for (const NoticeHazard &h : m_data.hazards)
            if (h.id == item->data(kHazardIdRole).toString())
                out.append(h);
    }
    return out;
}

void IssueNoticeDialog::refreshDefaults()
{
    if (!m_isReady)
        return;
    const QString kind = m_kind->currentData().toString();
    const QList<NoticeHazard> hazards = checkedHazards();
    const QDate deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    const auto follow = [](QPlainTextEdit *edit, QString &last, const QString &text) {
        if (edit->toPlainText() == last)
            edit->setPlainText(text);
        last = text;
    };
    follow(m_decision, m_autoDecision,
        NoticeDefaults::decision(
            kind, m_scope->currentData().toString(), m_scopePart->text().trimmed(), hazards, deadline));
    follow(m_requirements, m_autoRequirements, NoticeDefaults::requirements(kind, deadline));
    follow(m_legalBasis, m_autoLegalBasis, NoticeDefaults::legalBasis(kind, hazards));
}

void IssueNoticeDialog::refreshRemaining()
{
    if (!m_isReady || !m_data.error.isEmpty())
        return;
    const int left = m_data.remaining.value(m_kind->currentData().toString());
    if (left <= 0) {
        m_remaining->setText(tr("No number of this kind is left on this computer: sync to receive a new number "
                                "block before issuing."));
        m_remaining->setStyleSheet(u"color: #b02020;"_s);
        return;
    }
    m_remaining->setText(tr("%n number(s) left on this computer", nullptr, left));
    m_remaining->setStyleSheet(left <= 5 ? u"color: #8a5a00;"_s : QString());
}

QStringList IssueNoticeDialog::inspectorNames() const
{
    static const QRegularExpression separators(u"[,，、;；]"_s);
    QStringList names;
    for (const QString &part : m_inspectors->text().split(separators, Qt::SkipEmptyParts))
        if (const QString name = part.trimmed(); !name.isEmpty() && !names.contains(name))
            names.append(name);
    return names;
}

Notice IssueNoticeDialog::draftNotice() const
{
    Notice n;
    n.kind = m_kind->currentData().toString();
    n.projectId = m_data.projectId;
    n.inspectionId = m_data.inspectionId;
    for (const NoticeHazard &h : checkedHazards())
        n.hazardIds.append(h.id);
    if (m_hasDeadline->isChecked())
        n.deadline = m_deadline->date();
    if (n.kind == u"stop_work") {
        n.scope = m_scope->currentData().toString();
        if (n.scope == u"partial")
            n.scopePart = m_scopePart->text().trimmed();
    }
    if (n.kind == u"resume_work" || n.kind == u"reinspection")
        n.originalNoticeId = m_original->currentData().toString();
    n.inspectors = inspectorNames();
    n.decision = m_decision->toPlainText().trimmed();
    n.requirements = m_requirements->toPlainText().trimmed();
    n.legalBasis = m_legalBasis->toPlainText().trimmed();
    n.recipientEnterpriseId = m_recipient->currentData().toString();
    return n;
}

QString IssueNoticeDialog::validationError() const
{
    if (!m_isReady)
        return tr("The hazards are still being read; try again in a moment.");
    if (!m_data.error.isEmpty())
        return m_data.error;
    const Notice n = draftNotice();
    const bool answersNotice = n.kind == u"resume_work" || n.kind == u"reinspection";
    if (answersNotice && n.originalNoticeId.isEmpty())
        return tr("Choose the notice this opinion answers.");
    if (!answersNotice && n.hazardIds.isEmpty())
        return tr("Tick at least one hazard for the notice to name.");
    if (n.recipientEnterpriseId.isEmpty())
        return tr("Choose the enterprise the notice is served on.");
    if (n.kind == u"rectification" && !n.deadline.isValid())
        return tr("A rectification notice needs a deadline: tick Rectify by and pick the day.");
    if (n.deadline.isValid() && n.deadline < m_session.today())
        return tr("The deadline %1 has already passed; pick today or a later day.")
            .arg(n.deadline.toString(u"yyyy-MM-dd"_s));
    if (n.kind == u"stop_work" && n.scope == u"partial" && n.scopePart.isEmpty())
        return tr("A partial stop names the parts that stop: fill in Scope.");
    if (n.inspectors.size() < 2)
        return tr("A notice is issued by at least two inspectors: name both, separated by a comma.");
    if (n.decision.isEmpty())
        return tr("Write the decision the notice serves.");
    if (m_data.remaining.value(n.kind) <= 0)
        return tr("No number of this kind is left on this computer. Sync to receive a new number block, then issue "
                  "the notice.");
    return {};
}

bool IssueNoticeDialog::issue()
{
    if (const QString problem = validationError(); !problem.isEmpty()) {
        showMessage(problem, true);
        return false;
    }
    NoticeDraft draft;
    draft.notice = draftNotice();
    draft.actor = m_actor;
    draft.actorRole = m_session.account().role; // the server refuses a step in another role's name
    draft.notice.timeTrust = m_session.timeTrust();
    NoticeIssuer issuer(m_session.store(), m_verificationBase);
    Result<Notice> issued = issuer.issue(draft);
    if (!issued) {
        showMessage(issued.error().message, true);
        return false;
    }
    m_issued = std::move(issued).value();
    Q_EMIT noticeIssued(m_issued);
    accept();
    return true;
}

void IssueNoticeDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? u"color: #b02020;"_s : u"color: #555555;"_s);
}

} // namespace sitesafe
