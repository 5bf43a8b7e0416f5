#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tongban::accounts {

/// What the local store keeps to check a password offline: an Argon2id hash (RFC 9106, Debian's
/// libargon2, argon2id_hash_raw) of the password with a random salt — never the password itself.
/// The cost parameters are stored with the hash, so that raising them later does not invalidate
/// the verifiers already cached.
struct OfflineVerifier
{
    Q_DECLARE_TR_FUNCTIONS(tongban::accounts::OfflineVerifier)

public:
    static constexpr int defaultTimeCost = 3; ///< passes (t)
    static constexpr int defaultMemoryKiB = 65536; ///< memory (m), KiB: 64 MiB
    static constexpr int defaultParallelism = 1; ///< lanes (p)
    static constexpr int saltBytes = 16;
    static constexpr int hashBytes = 32;

    QByteArray salt; ///< 16 random bytes (QRandomGenerator::system())
    QByteArray hash; ///< 32 bytes
    int timeCost = defaultTimeCost;
    int memoryKiB = defaultMemoryKiB;
    int parallelism = defaultParallelism;

    /// A verifier of @p password with a new random salt and the given costs (the defaults: t=3,
    /// m=64 MiB, p=1; tests may pass lower ones). Error (BadInput, "password") for an empty
    /// password; Error (Storage) when libargon2 refuses the parameters (its own message).
    static Result<OfflineVerifier> make(const QString &password, int timeCost = defaultTimeCost, int memoryKiB = defaultMemoryKiB,
                                        int parallelism = defaultParallelism);

    /// Whether @p password hashes to @c hash with @c salt and the stored costs; compared in
    /// constant time. False for a malformed verifier (wrong sizes, costs libargon2 refuses).
    bool matches(const QString &password) const;
};

} // namespace tongban::accounts
