// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/cryptvfs.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUuid>

#include <sodium.h>

#include <atomic>
#include <cstring>
#include <sqlite3.h>
#include <vector>

namespace Casebook::Core {

// --- the key -------------------------------------------------------------------------------------

SecretKey::SecretKey()
{
    if (sodium_init() < 0)
        return;
    m_bytes = static_cast<unsigned char *>(sodium_malloc(Size));
}

SecretKey::~SecretKey()
{
    if (m_bytes)
        sodium_free(m_bytes); // wiped, then freed
}

std::shared_ptr<SecretKey> SecretKey::random()
{
    auto key = std::make_shared<SecretKey>();
    if (!key->isValid())
        return nullptr;
    randombytes_buf(key->data(), Size);
    return key;
}

std::shared_ptr<SecretKey> SecretKey::fromBytes(const unsigned char *bytes)
{
    auto key = std::make_shared<SecretKey>();
    if (!key->isValid())
        return nullptr;
    std::memcpy(key->data(), bytes, Size);
    return key;
}

namespace {

constexpr int H = CryptVfs::HeaderSize;
constexpr int PS = CryptVfs::PageSize;
constexpr int R = CryptVfs::ReservedBytes;
constexpr int Body = PS - R;
constexpr int NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(NonceSize + TagSize == R);

std::atomic<int> authFailures {0};

struct CryptFile
{
    sqlite3_file base; // must be first
    sqlite3_file *real;
    char kind;   // 'D' main database, 'W' WAL, 'J' journal, 'T' other
    bool header; // a header precedes the pages (the main database only)
    unsigned char salt[CryptVfs::SaltSize];
    std::shared_ptr<SecretKey> *key; // owned (new/delete): sqlite3_file is plain memory
    QString *path;                   // the main database's, for writeSlots
};

struct Remembered
{
    std::shared_ptr<SecretKey> key;
    QString path;
};

QMutex &registryMutex()
{
    static QMutex m;
    return m;
}
QHash<QString, Remembered> &remembered()
{
    static QHash<QString, Remembered> tokens;
    return tokens;
}
QHash<QString, CryptFile *> &openMains()
{
    static QHash<QString, CryptFile *> files;
    return files;
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

sqlite3_vfs *root()
{
    static sqlite3_vfs *r = sqlite3_vfs_find(nullptr);
    return r;
}

void associated(const CryptFile *f, sqlite3_int64 offset, unsigned char ad[CryptVfs::SaltSize + 9])
{
    std::memcpy(ad, f->salt, CryptVfs::SaltSize);
    ad[CryptVfs::SaltSize] = static_cast<unsigned char>(f->kind);
    for (int i = 0; i < 8; ++i)
        ad[CryptVfs::SaltSize + 1 + i] = static_cast<unsigned char>(offset >> (56 - 8 * i));
}

// Encrypts one page image (PS bytes) from `in` into `out`: the body, then nonce and tag.
void sealPage(const CryptFile *f, sqlite3_int64 offset, const unsigned char *in, unsigned char *out)
{
    unsigned char ad[CryptVfs::SaltSize + 9];
    associated(f, offset, ad);
    unsigned char *nonce = out + Body;
    unsigned char *tag = nonce + NonceSize;
    randombytes_buf(nonce, NonceSize);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
        out, tag, nullptr, in, Body, ad, sizeof ad, nullptr, nonce, (*f->key)->data());
}

// Decrypts one page image in place; false when it fails authentication. A page read beyond the end
// of the file (zero-filled by the real file) is one SQLite has not written yet: it stays zero.
bool openPage(const CryptFile *f, sqlite3_int64 offset, unsigned char *page, bool beyondEnd)
{
    if (beyondEnd && sodium_is_zero(page, PS))
        return true;
    unsigned char ad[CryptVfs::SaltSize + 9];
    associated(f, offset, ad);
    unsigned char nonce[NonceSize];
    unsigned char tag[TagSize];
    std::memcpy(nonce, page + Body, NonceSize);
    std::memcpy(tag, page + Body + NonceSize, TagSize);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
            page, nullptr, page, Body, tag, ad, sizeof ad, nonce, (*f->key)->data())
        != 0) {
        ++authFailures;
        return false;
    }
    std::memset(page + Body, 0, R);
    return true;
}

// --- io methods ----------------------------------------------------------------------------------

// Whether a read or write of a WAL, journal or temporary file is a page image: in a WAL every
// page-sized access is one (its headers are 32 and 24 bytes); in a journal the header is written in
// sector-sized pieces at sector offsets, and the page of a record follows its 4-byte page number,
// so a page image never starts at a multiple of 8; a temporary database is written in whole pages.
bool isPage(const CryptFile *f, int amount, sqlite3_int64 offset)
{
    if (amount != PS)
        return false;
    if (f->kind == 'J')
        return offset % 8 == 4;
    return true;
}

int cryptClose(sqlite3_file *file)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    if (f->kind == 'D' && f->path) {
        const QMutexLocker lock(&registryMutex());
        if (openMains().value(*f->path) == f) // a second connection's close leaves the first's
            openMains().remove(*f->path);
    }
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    delete f->key;
    delete f->path;
    f->key = nullptr;
    f->path = nullptr;
    return rc;
}

int mainRead(CryptFile *f, unsigned char *out, int amount, sqlite3_int64 offset)
{
    // Page by page: a read of part of a page (SQLite reads the 100-byte header first) decrypts the
    // whole page and copies the part.
    std::vector<unsigned char> page(PS);
    bool shortRead = false;
    sqlite3_int64 at = offset;
    int done = 0;
    while (done < amount) {
        const sqlite3_int64 pageStart = at - at % PS;
        const int within = static_cast<int>(at - pageStart);
        const int take = std::min(amount - done, PS - within);
        unsigned char *target = (within == 0 && take == PS) ? out + done : page.data();
        const int rc = f->real->pMethods->xRead(f->real, target, PS, pageStart + H);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            shortRead = true; // zero-filled by the real file: a page not written yet
        } else if (rc != SQLITE_OK) {
            return rc;
        }
        if (!openPage(f, pageStart, target, rc == SQLITE_IOERR_SHORT_READ))
            return SQLITE_IOERR_DATA;
        if (target == page.data())
            std::memcpy(out + done, page.data() + within, take);
        done += take;
        at += take;
    }
    return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int cryptRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    auto *out = static_cast<unsigned char *>(buffer);
    if (f->kind == 'D')
        return mainRead(f, out, amount, offset);
    const int rc = f->real->pMethods->xRead(f->real, buffer, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    const bool beyondEnd = rc == SQLITE_IOERR_SHORT_READ;
    if (isPage(f, amount, offset)) {
        if (!openPage(f, offset, out, beyondEnd))
            return SQLITE_IOERR_DATA;
    } else if (f->kind == 'W' && amount == PS + 24) {
        if (!openPage(f, offset + 24, out + 24, beyondEnd))
            return SQLITE_IOERR_DATA;
    }
    return rc;
}

int cryptWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    const auto *in = static_cast<const unsigned char *>(buffer);
    std::vector<unsigned char> sealed(PS);
    if (f->kind == 'D') {
        if (amount != PS || offset % PS != 0)
            return SQLITE_IOERR_WRITE; // SQLite writes a database only in whole pages
        // Page 1 must say that the last 40 bytes of every page are reserved, or they hold data.
        if (offset == 0 && in[20] != R)
            return SQLITE_IOERR_WRITE;
        sealPage(f, offset, in, sealed.data());
        return f->real->pMethods->xWrite(f->real, sealed.data(), PS, offset + H);
    }
    if (isPage(f, amount, offset)) {
        sealPage(f, offset, in, sealed.data());
        return f->real->pMethods->xWrite(f->real, sealed.data(), PS, offset);
    }
    if (f->kind == 'W' && amount == PS + 24) {
        std::vector<unsigned char> frame(PS + 24);
        std::memcpy(frame.data(), in, 24);
        sealPage(f, offset + 24, in + 24, frame.data() + 24);
        return f->real->pMethods->xWrite(f->real, frame.data(), PS + 24, offset);
    }
    return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
}

int cryptTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    return f->real->pMethods->xTruncate(f->real, size + (f->header ? H : 0));
}

int cryptSync(sqlite3_file *file, int flags)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    return f->real->pMethods->xSync(f->real, flags);
}

int cryptFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    const int rc = f->real->pMethods->xFileSize(f->real, size);
    if (rc == SQLITE_OK && f->header)
        *size = std::max<sqlite3_int64>(0, *size - H);
    return rc;
}

int cryptLock(sqlite3_file *file, int level)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    return f->real->pMethods->xLock(f->real, level);
}

int cryptUnlock(sqlite3_file *file, int level)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    return f->real->pMethods->xUnlock(f->real, level);
}

int cryptCheckReservedLock(sqlite3_file *file, int *out)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    return f->real->pMethods->xCheckReservedLock(f->real, out);
}

int cryptFileControl(sqlite3_file *file, int op, void *arg)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    if (op == SQLITE_FCNTL_SIZE_HINT && f->header) {
        sqlite3_int64 hint = *static_cast<sqlite3_int64 *>(arg) + H;
        return f->real->pMethods->xFileControl(f->real, op, &hint);
    }
    if (op == SQLITE_FCNTL_MMAP_SIZE) { // every page passes through xRead
        *static_cast<sqlite3_int64 *>(arg) = 0;
        return SQLITE_OK;
    }
    const int rc = f->real->pMethods->xFileControl(f->real, op, arg);
    if (op == SQLITE_FCNTL_VFSNAME && rc == SQLITE_OK) {
        auto **name = static_cast<char **>(arg);
        char *wrapped = sqlite3_mprintf("%s/%z", CryptVfs::Name, *name);
        *name = wrapped;
    }
    return rc;
}

int cryptSectorSize(sqlite3_file *file)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    return f->real->pMethods->xSectorSize(f->real);
}

int cryptDeviceCharacteristics(sqlite3_file *file)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    return f->real->pMethods->xDeviceCharacteristics(f->real);
}

int cryptShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    return f->real->pMethods->xShmMap(f->real, page, size, extend, out);
}

int cryptShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    return f->real->pMethods->xShmLock(f->real, offset, n, flags);
}

void cryptShmBarrier(sqlite3_file *file)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    f->real->pMethods->xShmBarrier(f->real);
}

int cryptShmUnmap(sqlite3_file *file, int deleteFlag)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    return f->real->pMethods->xShmUnmap(f->real, deleteFlag);
}

int cryptFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr; // no memory-mapped pages: they would bypass the decryption
    return SQLITE_OK;
}

int cryptUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

const sqlite3_io_methods &ioMethods()
{
    static const sqlite3_io_methods methods = {
        3,
        cryptClose,
        cryptRead,
        cryptWrite,
        cryptTruncate,
        cryptSync,
        cryptFileSize,
        cryptLock,
        cryptUnlock,
        cryptCheckReservedLock,
        cryptFileControl,
        cryptSectorSize,
        cryptDeviceCharacteristics,
        cryptShmMap,
        cryptShmLock,
        cryptShmBarrier,
        cryptShmUnmap,
        cryptFetch,
        cryptUnfetch,
    };
    return methods;
}

// --- the vfs -------------------------------------------------------------------------------------

int cryptOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *f = reinterpret_cast<CryptFile *>(file);
    std::memset(f, 0, sizeof(CryptFile));
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    const int rc = root()->xOpen(root(), name, f->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    auto refuse = [&](int code) {
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        f->real->pMethods = nullptr;
        delete f->key;
        delete f->path;
        f->key = nullptr;
        f->path = nullptr;
        return code;
    };
    if (flags & SQLITE_OPEN_MAIN_DB) {
        f->kind = 'D';
        f->header = true;
        const char *token = sqlite3_uri_parameter(name, "cbkey");
        {
            const QMutexLocker lock(&registryMutex());
            const auto found = remembered().constFind(QString::fromUtf8(token ? token : ""));
            if (found == remembered().constEnd())
                return refuse(SQLITE_AUTH); // no key: nothing opens
            f->key = new std::shared_ptr<SecretKey>(found->key);
            f->path = new QString(found->path);
        }
        unsigned char head[40];
        if (f->real->pMethods->xRead(f->real, head, sizeof head, 0) != SQLITE_OK
            || std::memcmp(head, CryptVfs::magic().constData(), 16) != 0)
            return refuse(SQLITE_NOTADB);
        std::memcpy(f->salt, head + 16, CryptVfs::SaltSize);
        const quint32 pageSize = (quint32(head[32]) << 24) | (quint32(head[33]) << 16)
            | (quint32(head[34]) << 8) | quint32(head[35]);
        if (pageSize != PS)
            return refuse(SQLITE_NOTADB);
        const QMutexLocker lock(&registryMutex());
        // The first connection of the file is the one its key slots are read and written through
        // (a second one, the due list's, comes and goes while it is open).
        if (!openMains().contains(*f->path))
            openMains().insert(*f->path, f);
    } else {
        constexpr int journals = SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_TEMP_JOURNAL
            | SQLITE_OPEN_SUBJOURNAL | SQLITE_OPEN_SUPER_JOURNAL;
        f->kind = (flags & SQLITE_OPEN_WAL) ? 'W' : (flags & journals) ? 'J' : 'T';
        const bool ofMain = (flags & (SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) != 0;
        auto *main = (!ofMain || !name)
            ? nullptr
            : reinterpret_cast<CryptFile *>(sqlite3_database_file_object(name));
        if (main && main->base.pMethods == &ioMethods() && main->key) {
            f->key = new std::shared_ptr<SecretKey>(*main->key);
            std::memcpy(f->salt, main->salt, CryptVfs::SaltSize);
        } else { // a temporary file: a throw-away key, gone with it
            f->key = new std::shared_ptr<SecretKey>(SecretKey::random());
            if (!*f->key)
                return refuse(SQLITE_NOMEM);
            randombytes_buf(f->salt, CryptVfs::SaltSize);
        }
    }
    f->base.pMethods = &ioMethods();
    return SQLITE_OK;
}

int cryptDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return root()->xDelete(root(), name, syncDir);
}
int cryptAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return root()->xAccess(root(), name, flags, out);
}
int cryptFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return root()->xFullPathname(root(), name, size, out);
}
void *cryptDlOpen(sqlite3_vfs *, const char *name)
{
    return root()->xDlOpen(root(), name);
}
void cryptDlError(sqlite3_vfs *, int size, char *out)
{
    root()->xDlError(root(), size, out);
}
void (*cryptDlSym(sqlite3_vfs *, void *handle, const char *symbol))()
{
    return root()->xDlSym(root(), handle, symbol);
}
void cryptDlClose(sqlite3_vfs *, void *handle)
{
    root()->xDlClose(root(), handle);
}
int cryptRandomness(sqlite3_vfs *, int size, char *out)
{
    return root()->xRandomness(root(), size, out);
}
int cryptSleep(sqlite3_vfs *, int micro)
{
    return root()->xSleep(root(), micro);
}
int cryptCurrentTime(sqlite3_vfs *, double *out)
{
    return root()->xCurrentTime(root(), out);
}
int cryptGetLastError(sqlite3_vfs *, int size, char *out)
{
    return root()->xGetLastError ? root()->xGetLastError(root(), size, out) : 0;
}
int cryptCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return root()->xCurrentTimeInt64(root(), out);
}

} // namespace

QByteArray CryptVfs::magic()
{
    return {"Casebook-enc-v1\0", 16};
}

bool CryptVfs::ensureRegistered()
{
    static const bool registered = [] {
        if (sodium_init() < 0 || !root())
            return false;
        static sqlite3_vfs vfs {};
        vfs.iVersion = 2;
        vfs.szOsFile = static_cast<int>(sizeof(CryptFile)) + root()->szOsFile;
        vfs.mxPathname = root()->mxPathname;
        vfs.zName = Name;
        vfs.xOpen = cryptOpen;
        vfs.xDelete = cryptDelete;
        vfs.xAccess = cryptAccess;
        vfs.xFullPathname = cryptFullPathname;
        vfs.xDlOpen = cryptDlOpen;
        vfs.xDlError = cryptDlError;
        vfs.xDlSym = cryptDlSym;
        vfs.xDlClose = cryptDlClose;
        vfs.xRandomness = cryptRandomness;
        vfs.xSleep = cryptSleep;
        vfs.xCurrentTime = cryptCurrentTime;
        vfs.xGetLastError = cryptGetLastError;
        vfs.xCurrentTimeInt64 = cryptCurrentTimeInt64;
        return sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
    }();
    return registered;
}

bool CryptVfs::isEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == magic();
}

QByteArray CryptVfs::newHeader()
{
    QByteArray header(HeaderSize, '\0');
    auto *h = reinterpret_cast<unsigned char *>(header.data());
    std::memcpy(h, magic().constData(), 16);
    randombytes_buf(h + 16, SaltSize);
    h[32] = static_cast<unsigned char>(PS >> 24);
    h[33] = static_cast<unsigned char>(PS >> 16);
    h[34] = static_cast<unsigned char>(PS >> 8);
    h[35] = static_cast<unsigned char>(PS);
    return header;
}

namespace {

constexpr int SlotsAt = 40;
constexpr int SlotsCap = CryptVfs::HeaderSize - SlotsAt;

std::optional<QByteArray> slotsOf(const unsigned char *head40, const QByteArray &rest)
{
    const quint32 length = (quint32(head40[36]) << 24) | (quint32(head40[37]) << 16)
        | (quint32(head40[38]) << 8) | quint32(head40[39]);
    if (length > static_cast<quint32>(SlotsCap) || length > static_cast<quint32>(rest.size()))
        return std::nullopt;
    return rest.left(static_cast<int>(length));
}

} // namespace

std::optional<QByteArray> CryptVfs::readSlots(const QString &path)
{
    const QString key = canonical(path);
    {
        const QMutexLocker lock(&registryMutex());
        if (CryptFile *f = openMains().value(key)) {
            QByteArray header(HeaderSize, '\0');
            if (f->real->pMethods->xRead(f->real, header.data(), HeaderSize, 0) != SQLITE_OK)
                return std::nullopt;
            return slotsOf(
                reinterpret_cast<const unsigned char *>(header.constData()), header.mid(SlotsAt));
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(magic()))
        return std::nullopt;
    return slotsOf(
        reinterpret_cast<const unsigned char *>(header.constData()), header.mid(SlotsAt));
}

bool CryptVfs::writeSlots(const QString &path, const QByteArray &slots)
{
    if (slots.size() > SlotsCap)
        return false;
    QByteArray part(4 + static_cast<int>(slots.size()), '\0');
    const auto n = static_cast<quint32>(slots.size());
    part[0] = static_cast<char>(n >> 24);
    part[1] = static_cast<char>(n >> 16);
    part[2] = static_cast<char>(n >> 8);
    part[3] = static_cast<char>(n);
    std::memcpy(part.data() + 4, slots.constData(), static_cast<size_t>(slots.size()));
    const QString key = canonical(path);
    {
        const QMutexLocker lock(&registryMutex());
        if (CryptFile *f = openMains().value(key)) {
            return f->real->pMethods->xWrite(
                       f->real, part.constData(), static_cast<int>(part.size()), 36)
                == SQLITE_OK
                && f->real->pMethods->xSync(f->real, SQLITE_SYNC_NORMAL) == SQLITE_OK;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.read(16) != magic() || !file.seek(36))
        return false;
    return file.write(part) == part.size() && file.flush();
}

bool CryptVfs::isOpen(const QString &path)
{
    const QMutexLocker lock(&registryMutex());
    return openMains().contains(canonical(path));
}

QString CryptVfs::remember(std::shared_ptr<SecretKey> key, const QString &path)
{
    QString token = QUuid::createUuid().toString(QUuid::Id128);
    const QMutexLocker lock(&registryMutex());
    remembered().insert(token, Remembered {std::move(key), canonical(path)});
    return token;
}

void CryptVfs::forget(const QString &token)
{
    const QMutexLocker lock(&registryMutex());
    remembered().remove(token);
}

QString CryptVfs::uri(const QString &path, const QString &token)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?vfs=") + QLatin1String(Name) + QStringLiteral("&cbkey=") + token;
}

int CryptVfs::authenticationFailures()
{
    return authFailures.load();
}

} // namespace Casebook::Core
