#include "storagemessages.h"

#include "sqlitedatabase.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace dyad::StorageMessages {

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::SessionFile", text);
}

StorageError error(StorageError::Kind kind, const QString &message)
{
    return {kind, message};
}

StorageError notADyadFile()
{
    return error(StorageError::NotADyadFile, tr("This is not a Dyad session."));
}

StorageError damaged()
{
    return error(StorageError::Damaged, tr("The file is damaged (truncated or corrupted)."));
}

StorageError invalid(const QString &detail)
{
    return error(StorageError::Invalid, tr("The session file is not valid: %1").arg(detail));
}

StorageError readFailure(const SqliteDatabase &db, int result)
{
    switch (result & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_IOERR:  // reading past the end of a truncated file
        return damaged();
    case SQLITE_TOOBIG:
        return invalid(tr("a value is larger than Dyad accepts"));
    case SQLITE_NOMEM:
        return error(StorageError::Invalid, tr("The session file is too large to open."));
    default:
        return invalid(db.errorMessage());
    }
}

StorageError writeFailure(const QString &detail)
{
    return error(StorageError::WriteFailed, tr("The session could not be saved: %1").arg(detail));
}

} // namespace dyad::StorageMessages
