# Precompiled headers: the Qt headers nearly every file includes, parsed once per library instead
# of once per file. Test executables are one file each, so they share one precompiled header per
# kind (core, GUI) through REUSE_FROM.
set(TEND_PCH_CORE
    <QCoreApplication> <QDate> <QDateTime> <QDir> <QFileInfo> <QHash> <QList> <QObject> <QSet>
    <QSqlDatabase> <QSqlError> <QSqlQuery> <QString> <QStringList> <QVariant>
    <algorithm> <functional> <memory> <optional>)
set(TEND_PCH_WIDGETS
    <QAbstractItemModel> <QAction> <QApplication> <QDialog> <QDialogButtonBox> <QHBoxLayout>
    <QLabel> <QLineEdit> <QMenu> <QMessageBox> <QPainter> <QPushButton> <QStyledItemDelegate>
    <QTableView> <QUndoStack> <QVBoxLayout> <QWidget>)
set(TEND_PCH_TESTS <QJsonDocument> <QJsonObject> <QSignalSpy> <QTemporaryDir> <QTest>)
