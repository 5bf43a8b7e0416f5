#pragma once

// The application context the program builds, for tests: the shipped parameters, a real store
// (storage::StoreService) on a real SQLite file, a clerk and a fixed clock.

#include "services/appcontext.h"
#include "storage/storeservice.h"
#include "testsupport.h"

#include <QString>

#include <memory>

namespace tongban::test {

class TestContext
{
public:
    /// A context on the file @p path (created when missing); not opened yet.
    explicit TestContext(const QString &path, QString clerk = QStringLiteral("test-clerk"), Clock clock = test::clock())
        : m_store(std::make_shared<storage::StoreService>(storeOptions(path), clock))
        , m_context(shippedParameters(), m_store, std::move(clerk), clock)
    { }

    /// Opens the store and waits for it, as the program does at start. False (with a warning
    /// saying why) when it could not be opened.
    bool open()
    {
        const auto opened = m_store->open().result();
        if (!opened)
            qWarning("the store did not open: %s", qPrintable(opened.error().message));
        return opened.ok();
    }

    services::AppContext &context() { return m_context; }
    storage::StoreService &store() { return *m_store; }

private:
    static storage::StoreService::Options storeOptions(const QString &path)
    {
        storage::StoreService::Options options;
        options.path = path;
        return options;
    }

    std::shared_ptr<storage::StoreService> m_store;
    services::AppContext m_context;
};

} // namespace tongban::test
