#include "offlineverifier.h"

#include <QRandomGenerator>

#include <argon2.h>

namespace tongban::accounts {

namespace {

/// argon2id_hash_raw over the UTF-8 of @p password; an empty array when libargon2 refuses.
QByteArray argon2id(const QString &password, const QByteArray &salt, int timeCost, int memoryKiB, int parallelism, int *status)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(OfflineVerifier::hashBytes, Qt::Uninitialized);
    *status = argon2id_hash_raw(uint32_t(timeCost), uint32_t(memoryKiB), uint32_t(parallelism), utf8.constData(), size_t(utf8.size()),
                                salt.constData(), size_t(salt.size()), out.data(), size_t(out.size()));
    return *status == ARGON2_OK ? out : QByteArray();
}

} // namespace

Result<OfflineVerifier> OfflineVerifier::make(const QString &password, int timeCost, int memoryKiB, int parallelism)
{
    if (password.isEmpty())
        return Error::badInput(QStringLiteral("password"), tr("the password is empty"));
    OfflineVerifier verifier;
    verifier.timeCost = timeCost;
    verifier.memoryKiB = memoryKiB;
    verifier.parallelism = parallelism;
    verifier.salt.resize(saltBytes);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(verifier.salt.data()), saltBytes / int(sizeof(quint32)));
    int status = ARGON2_OK;
    verifier.hash = argon2id(password, verifier.salt, timeCost, memoryKiB, parallelism, &status);
    if (verifier.hash.isEmpty())
        return Error::storage(
            tr("the offline password verifier could not be computed: %1").arg(QString::fromUtf8(argon2_error_message(status))));
    return verifier;
}

bool OfflineVerifier::matches(const QString &password) const
{
    if (salt.size() < 8 || hash.size() != hashBytes)
        return false;
    int status = ARGON2_OK;
    const QByteArray computed = argon2id(password, salt, timeCost, memoryKiB, parallelism, &status);
    if (computed.size() != hash.size())
        return false;
    // Constant time: every byte is compared whatever the first difference.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < hash.size(); ++i)
        difference |= static_cast<unsigned char>(computed.at(i) ^ hash.at(i));
    return difference == 0;
}

} // namespace tongban::accounts
