// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Casebook::Core {

// A 256-bit store key in locked memory (sodium_malloc: guard pages, mlock where the platform has
// it, wiped when freed).
class SecretKey
{
public:
    static constexpr int Size = 32;
    SecretKey();
    ~SecretKey();
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;

    static std::shared_ptr<SecretKey> random();
    static std::shared_ptr<SecretKey> fromBytes(const unsigned char *bytes);
    unsigned char *data() { return m_bytes; }
    const unsigned char *data() const { return m_bytes; }
    bool isValid() const { return m_bytes != nullptr; }

private:
    unsigned char *m_bytes = nullptr;
};

// Casebook's encrypting SQLite VFS ("casebook-crypt"), registered in process beside the default
// one. A store file is a 64 KiB header followed by the database pages:
//
//   header: "Casebook-enc-v1\0" (16 bytes), a random per-file salt (16), the page size (4, big
//           endian), the length of the key slots (4) and the key slots (JSON, see StoreKeys).
//   page:   XChaCha20-Poly1305 of the page's first (page size − 40) bytes; the last 40 bytes, which
//           SQLite reserves (SQLITE_FCNTL_RESERVE_BYTES), hold the 24-byte random nonce and the
//           16-byte tag. The associated data is the salt, the kind of file and the page's offset,
//           so a page moved, swapped or taken from another store fails authentication.
//
// The WAL and the rollback journal are encrypted the same way (their page images; the frame and
// record headers hold page numbers and checksums only); temporary files are kept in memory
// (temp_store = MEMORY), and any that still reaches the VFS is encrypted with a throw-away key.
// Memory-mapped I/O is refused, so every page passes through here. A page that fails
// authentication is an SQLITE_IOERR_DATA error and counted (authenticationFailures), never used.
class CryptVfs
{
public:
    static constexpr const char *Name = "casebook-crypt";
    static constexpr int HeaderSize = 65536;
    static constexpr int PageSize = 4096;
    static constexpr int ReservedBytes = 40; // nonce 24 + tag 16
    static constexpr int SaltSize = 16;
    static QByteArray magic();

    // Registers the VFS once; false when SQLite refused it.
    static bool ensureRegistered();

    // Whether the file begins with the header (an encrypted store).
    static bool isEncrypted(const QString &path);
    // A new header (random salt, no key slots yet) for a file that does not exist yet.
    static QByteArray newHeader();
    // The key slots in a file's header (JSON), and writing them back: through the open store's own
    // file handle when it is open (another handle would drop SQLite's POSIX locks), else directly.
    // Nothing when the header cannot be read or is damaged: never taken for "no slots", so that a
    // slot written next cannot drop the others.
    static std::optional<QByteArray> readSlots(const QString &path);
    static bool writeSlots(const QString &path, const QByteArray &slots);
    // Whether a connection of this process has the file open (the one its slots go through).
    static bool isOpen(const QString &path);

    // The key a connection with ?cbkey=TOKEN uses; the token is not the key. Forgotten with
    // forget(token) (the key is wiped when the last connection closes).
    static QString remember(std::shared_ptr<SecretKey> key, const QString &path);
    static void forget(const QString &token);
    // The SQLite URI that opens path through this VFS with the remembered key.
    static QString uri(const QString &path, const QString &token);

    // Pages that failed authentication since the process started.
    static int authenticationFailures();
};

} // namespace Casebook::Core
