// SPDX-License-Identifier: MIT
#pragma once
// The weights manager's model: every resources/weights.json entry with its state in the cache
// (cached, downloading, missing, failed), downloads through WeightDownloader, and imports of
// local files (safetensors, torch.save zip or legacy) after checking their format, key layout
// and every tensor against the chosen model. Torch-free: parsing and checking use
// effscope_weights, and run off the GUI thread.
#include "weight_downloader.h"

#include <QObject>
#include <QThreadPool>
#include <QString>
#include <QVector>

#include <memory>
#include <vector>

namespace effscope {

class WeightsStore : public QObject
{
    Q_OBJECT
public:
    /// cacheDir empty: the effscope weights cache (~/.cache/effscope/weights).
    explicit WeightsStore(const QString &registryPath, const QString &cacheDir = {}, QObject *parent = nullptr);
    ~WeightsStore() override;

    const QVector<WeightsRow> &rows() const { return m_rows; }
    int indexOf(const QString &id) const;
    QString cacheDir() const { return m_cacheDir; }
    /// Re-checks which files are cached.
    void refresh();
    void download(const QString &id);
    void cancel(const QString &id);
    /// Vets `file` for `model` on a pool thread (format, key layout, names, shapes, dtypes), then
    /// copies it atomically to <cache>/imported/<model>/<file name>. Emits imported or
    /// importFailed on this object's thread.
    /// A TorchScript archive is refused unless `trustTorchScript`; then its parameters and
    /// buffers are saved as <file name>.safetensors (the code is never kept or run).
    /// Weights holding NaN or Inf are refused unless `allowNonFinite`; then a marker beside the
    /// copy (nonFiniteMarker) lets the worker load them, every result marked unreliable.
    void importFile(const QString &file, const QString &model, bool trustTorchScript = false,
                    bool allowNonFinite = false);
    /// Files imported for a model, newest first.
    QStringList importedFiles(const QString &model) const;
    WeightDownloader *downloader() const { return m_downloader; }

Q_SIGNALS:
    void rowChanged(int row);
    void imported(const QString &model, const QString &path, const QString &summary);
    void importFailed(const QString &file, const QString &message);

private:
    struct Registry;
    std::unique_ptr<Registry> m_registry;
    QVector<WeightsRow> m_rows;
    QString m_cacheDir;
    WeightDownloader *m_downloader = nullptr;
    QThreadPool m_pool; // imports; joined by the destructor
};

/// Where the Train tab keeps the weights it fine-tunes from `model`: the app's data folder, never
/// the weights cache (whose files the registry or an import vouches for).
QString fineTunedDirectory(const QString &model);
/// The weights fine-tuned from `model` (.safetensors), newest first.
QStringList fineTunedFiles(const QString &model);

/// The file beside imported weights that says their NaN / Inf values were allowed at import.
QString nonFiniteMarker(const QString &weightsFile);
/// Whether the user allowed `weightsFile`'s NaN / Inf values (imported with the option).
bool nonFiniteAllowed(const QString &weightsFile);

} // namespace effscope
