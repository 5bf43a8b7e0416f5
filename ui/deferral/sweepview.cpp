#include "ui/deferral/sweepview.h"

#include "ui/common/whenfinished.h"

#include "services/auditservice.h"
#include "ui/deferral/sweeptablemodel.h"

#include "ui/common/dateedit.h"
#include "ui/common/itemviews.h"

#include "deferral/deferralevaluator.h"
#include "sweep/deferralsweep.h"
#include "sweep/sweepcsv.h"
#include "sweep/sweeprecorder.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tongban::ui {

SweepView::SweepView(const services::AppContext &context, const sweep::SweepParameters &parameters,
                     std::shared_ptr<const deferral::DeferralEvaluator> evaluator, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_evaluator(std::move(evaluator))
{
    m_asOf = new DateEdit(this);
    m_regions = new QLineEdit(this);
    m_regions->setPlaceholderText(tr("region codes, e.g. 310000 220100"));
    m_regions->setToolTip(tr("Regions the local authority declared hard hit: a province (310000), a city (220100) or a district "
                             "(310115), separated by spaces or commas."));
    m_difficulty = new QCheckBox(tr("Take temporary operating difficulty as attested (list employers to contact)"), this);
    m_difficulty->setToolTip(tr("Without attestation only units in the five hardship industries are eligible."));

    auto *form = new QFormLayout;
    form->addRow(tr("Rules applied as on"), m_asOf);
    form->addRow(tr("Hard-hit regions"), m_regions);
    form->addRow(QString(), m_difficulty);

    m_start = new QPushButton(tr("Start"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("sweepExport"));
    m_export->setToolTip(tr("The list of every eligible employer: a supervisor's export, kept in the audit log."));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("no sweep yet"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_export);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_assumptions = new QLabel(this);
    m_assumptions->setWordWrap(true);

    m_model = new SweepTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SweepTableModel::sortRole());
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sweepTable"));
    setUpItemView(m_table);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The figures whole; the employer's name takes what is left (the whole name in its tool tip).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SweepTableModel::Name, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_assumptions);

    connect(m_start, &QPushButton::clicked, this, &SweepView::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &SweepView::cancel);
    connect(m_export, &QPushButton::clicked, this, &SweepView::exportCsv);
    setParameters(parameters);
    setRunning(false);
}

SweepView::~SweepView()
{
    if (m_cancel)
        *m_cancel = true;
    if (m_watcher) {
        // The worker checks the flag before every employer: this wait is short.
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
    }
}

sweep::SweepParameters SweepView::parameters() const
{
    sweep::SweepParameters p;
    p.asOf = m_asOf->date();
    static const QRegularExpression separators(QStringLiteral("[\\s,，;；、]+"));
    p.hardHitRegions = m_regions->text().split(separators, Qt::SkipEmptyParts);
    p.difficultyAttested = m_difficulty->isChecked();
    return p;
}

void SweepView::setParameters(const sweep::SweepParameters &parameters)
{
    m_asOf->setDate(parameters.asOf.isValid() ? parameters.asOf : m_context.clock().today());
    m_regions->setText(parameters.hardHitRegions.join(u' '));
    m_difficulty->setChecked(parameters.difficultyAttested);
}

void SweepView::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_export->setEnabled(!running && m_result.has_value());
    // Offered to a supervisor only (the role table's sweep-csv right); checked again on export.
    m_export->setVisible(services::AuditService(m_context).allows(accounts::Permission::SweepCsv));
    m_asOf->setEnabled(!running);
    m_regions->setEnabled(!running);
    m_difficulty->setEnabled(!running);
}

void SweepView::start()
{
    if (m_running)
        return;
    const sweep::SweepParameters p = parameters();
    if (const Status s = p.validate(); !s) {
        m_status->setText(s.error().message);
        emit sweepFailed(s.error().message);
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("starting…"));
    m_status->setText(tr("Screening the employers…"));
    setRunning(true);

    if (!m_evaluator) {
        // The rules are data inside the program (Qt resources, in memory): loading them is quick.
        auto rules = deferral::DeferralRules::loadBuiltIn();
        auto catalog = employer::IndustryCatalog::loadBuiltIn();
        if (!rules || !catalog) {
            services::SweepService::Outcome failed;
            failed.error = rules ? catalog.error() : rules.error();
            onFinished(failed);
            return;
        }
        m_evaluator = std::make_shared<const deferral::DeferralEvaluator>(*rules, *catalog);
    }
    // The view outlives the sweep (its destructor waits), so queued calls to it are safe; the
    // QPointer only guards against posting to a view already being torn down.
    const QPointer<SweepView> self(this);
    const auto progress = [self](qint64 done, qint64 total) {
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        self->onProgress(done, total);
                },
                Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<services::SweepService::Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        const services::SweepService::Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_watcher = nullptr;
        onFinished(outcome);
    });
    watcher->setFuture(services::SweepService(m_context, m_evaluator).run(p, progress, m_cancel));
}

void SweepView::cancel()
{
    if (m_cancel && m_running) {
        *m_cancel = true;
        m_status->setText(tr("Cancelling…"));
    }
}

void SweepView::onProgress(qint64 done, qint64 total)
{
    if (!m_running)
        return;
    // QProgressBar counts in int: 100,000 employers fit.
    m_progress->setRange(0, int(std::max<qint64>(total, 1)));
    m_progress->setValue(int(done));
    m_progress->setFormat(tr("%1 of %2 employers").arg(done).arg(total));
    emit progressChanged(done, total);
}

void SweepView::onFinished(const services::SweepService::Outcome &outcome)
{
    if (!outcome.result) {
        const QString message = outcome.error ? outcome.error->message : QString();
        setRunning(false);
        m_progress->setFormat(tr("not run"));
        m_status->setText(message);
        emit sweepFailed(message);
        return;
    }
    m_result = outcome.result;
    const sweep::SweepResult &r = *m_result;
    m_model->setRows(r.rows);
    m_progress->setRange(0, int(std::max<qint64>(r.employersTotal, 1)));
    m_progress->setValue(int(r.screened));
    m_progress->setFormat(tr("%1 of %2 employers").arg(r.screened).arg(r.employersTotal));
    QString status = r.cancelled
        ? tr("Cancelled after %1 of %2 employers: the list below is partial.").arg(r.screened).arg(r.employersTotal)
        : tr("All %1 employers screened.").arg(r.employersTotal);
    if (!r.skipped.isEmpty())
        status += u' '
            + tr("%n employer(s) could not be screened (their data is incomplete), e.g. %1: %2", nullptr, int(r.skipped.size()))
                  .arg(r.skipped.first().name, r.skipped.first().message);
    if (outcome.recordError)
        status += u' ' + tr("The sweep could not be recorded: %1").arg(outcome.recordError->message);
    m_status->setText(status);
    m_totals->setText(tr("Eligible: %1 employers. Deferrable pension employer share in the records: %2 CNY. Unemployment and "
                         "work-injury premiums are not in the records.")
                          .arg(r.eligibleCount())
                          .arg(r.pensionTotal.toDisplayString()));
    m_assumptions->setText(r.assumptions.join(u'\n'));
    setRunning(false);
    emit sweepRecorded(outcome.eventId);
    emit sweepFinished(r.cancelled);
}

void SweepView::exportCsv()
{
    if (!m_result)
        return;
    // A cancelled sweep's file says so in its name (and in its first line, sweep::SweepCsv).
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the eligible employers"),
                                                      sweep::SweepCsv::defaultFileName(*m_result), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void SweepView::exportCsvTo(const QString &path)
{
    if (!m_result) {
        emit csvFailed(tr("There is no sweep to export."));
        return;
    }
    m_export->setEnabled(false);
    const auto done = [this, path](const QString &error) {
        m_export->setEnabled(!m_running && m_result.has_value());
        if (error.isEmpty()) {
            m_status->setText(tr("The list was written to %1.").arg(path));
            emit csvWritten(path);
        } else {
            m_status->setText(error);
            emit csvFailed(error);
        }
    };
    // The list names every eligible employer of the region: a supervisor's export, checked and
    // audited before the file is written (nothing is written when refused).
    const auto audited = services::AuditService(m_context).recordOutput(audit::action::exportCsv, services::AuditService::sweepCsvObject(),
                                                                        QString(), QStringLiteral("sweepExport"));
    whenFinished(audited, this, [this, path, done](const Result<Done> &allowed) {
        if (!allowed) {
            done(allowed.error().message);
            return;
        }
        whenFinished(QtConcurrent::run([result = *m_result, path]() -> QString {
                         const Status s = sweep::SweepCsv::write(result, path);
                         return s ? QString() : s.error().message;
                     }),
                     this, done);
    });
}

} // namespace tongban::ui
