// SPDX-License-Identifier: MIT
#pragma once
// Every persisted setting, typed and named once. A Key knows its QSettings name, its type and
// the value a first run starts with; nothing else in the app spells a settings key.
#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace effscope::settings {

template <typename T>
class Key
{
public:
    Key(const char *name, T fallback = T()) : m_name(QLatin1String(name)), m_fallback(std::move(fallback)) {}
    T value() const { return QSettings().value(m_name, QVariant::fromValue(m_fallback)).template value<T>(); }
    void set(const T &value) const { QSettings().setValue(m_name, QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(m_name); }
    const QString &name() const { return m_name; }

private:
    QString m_name;
    T m_fallback;
};

// window
inline const Key<QByteArray> windowGeometry{"window/geometry"};
inline const Key<QByteArray> windowSplitter{"window/splitter"};
inline const Key<QByteArray> activationSplitter{"window/activationSplitter"};
inline const Key<QString> view{"window/view", QStringLiteral("photo")}; ///< a viewName()
/// "" follows the system's locale; else a language() code: "en", "de", "zh_CN"
inline const Key<QString> language{"window/language"};
// model panel
inline const Key<QString> model{"model/preset", QStringLiteral("lite0")};
inline const Key<QString> device{"model/device", QStringLiteral("cpu")};
inline const Key<QString> precision{"model/precision", QStringLiteral("fp32")};
// heat maps
inline const Key<QString> colormap{"cam/colormap", QStringLiteral("jet")};
inline const Key<int> opacity{"cam/opacity", 50}; ///< percent
// photos
inline const Key<QStringList> recentImages{"images/recent"}; ///< most recent first, at most 10
// compare and evaluation
inline const Key<QStringList> compareModels{
    "compare/models", {QStringLiteral("lite0"), QStringLiteral("lite1"), QStringLiteral("lite2"), QStringLiteral("b0")}};
inline const Key<QString> evaluationDataset{"evaluation/dataset"};
inline const Key<QString> calibrationFolder{"quantize/photos"}; ///< the last folder int8 was calibrated on

} // namespace effscope::settings
