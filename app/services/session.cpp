// SPDX-License-Identifier: MIT
#include "session.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <functional>
#include <limits>

namespace effscope {

namespace {

constexpr const char *kFormat = "effscope-session";
constexpr int kVersion = 2;       // 2 added the workspace
constexpr int kOldestVersion = 1;
constexpr qint64 kMaxBytes = 64ll << 20;

QJsonArray doubles(const QVector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}

QJsonObject toJson(const CustomScale &c)
{
    return {{"name", c.name}, {"width", c.width}, {"depth", c.depth}, {"resolution", c.resolution},
            {"lite", c.lite}, {"stage_width", doubles(c.stageWidth)}, {"stage_depth", doubles(c.stageDepth)}};
}

QJsonObject toJson(const LatencyItem &l)
{
    return {{"model", l.model}, {"input_size", l.inputSize}, {"macs", double(l.macs)}, {"median_ms", l.medianMs},
            {"engine", l.engine}, {"error", l.error}};
}

QJsonObject toJson(const SweepItem &s)
{
    return {{"base", s.base}, {"dimension", s.dimension}, {"multiplier", s.multiplier}, {"width", s.width},
            {"depth", s.depth}, {"resolution", s.resolution}, {"macs", double(s.macs)}, {"params", double(s.params)},
            {"median_ms", s.medianMs}, {"engine", s.engine}, {"error", s.error}};
}

QJsonObject toJson(const EvalItem &e)
{
    QJsonArray perClass, confused, samples;
    for (const EvalImage &i : e.samples) {
        QJsonArray top;
        for (int t : i.top)
            top.append(t);
        samples.append(QJsonObject{{"path", i.path}, {"label", i.label}, {"top", top}, {"error", i.error}});
    }
    for (const EvalClass &c : e.perClass)
        perClass.append(QJsonObject{{"label", c.label}, {"name", c.name}, {"count", c.count}, {"top1", c.top1}});
    for (const EvalConfusion &c : e.confused)
        confused.append(QJsonObject{{"label", c.label}, {"predicted", c.predicted}, {"count", c.count},
                                    {"label_name", c.labelName}, {"predicted_name", c.predictedName}});
    return {{"model", e.model}, {"weights", e.weightsLabel}, {"dataset", e.dataset}, {"pretrained", e.pretrained},
            {"img_size", e.imageSize}, {"crop_pct", e.cropPct}, {"interpolation", e.interpolation},
            {"params", double(e.params)}, {"macs", double(e.macs)}, {"images", e.images}, {"evaluated", e.evaluated},
            {"failed", e.failed}, {"resumed", e.resumed}, {"top1", e.top1}, {"top5", e.top5},
            {"per_class", perClass}, {"confused", confused}, {"errors", QJsonArray::fromStringList(e.errors)},
            {"cancelled", e.cancelled}, {"error", e.error}, {"csv_row", e.csvRow}, {"samples", samples}};
}

QJsonObject toJson(const ProbeItem &p)
{
    return {{"model", p.model}, {"weights", p.weightsLabel}, {"pretrained", p.pretrained}, {"resolution", p.resolution},
            {"params", double(p.params)}, {"macs", double(p.macs)}, {"val_accuracy", p.valAccuracy},
            {"train_accuracy", p.trainAccuracy}, {"val_images", p.valImages}, {"latency_ms", p.latencyMs},
            {"engine", p.engine}, {"error", p.error}};
}

QJsonObject toJson(const GridState &g)
{
    QJsonArray points;
    for (const GridPoint &p : g.points)
        points.append(QJsonObject{{"alpha", p.alpha}, {"beta", p.beta}, {"gamma", p.gamma}, {"constraint", p.constraint},
                                  {"resolution", p.resolution}, {"macs", double(p.macs)}, {"params", double(p.params)},
                                  {"realised_growth", p.realisedGrowth}, {"paper_point", p.paperPoint}, {"done", p.done},
                                  {"val_accuracy", p.valAccuracy}, {"best_val_accuracy", p.bestValAccuracy},
                                  {"steps", double(p.steps)}, {"seconds", p.seconds},
                                  {"latency_ms", std::isnan(p.latencyMs) ? QJsonValue() : QJsonValue(p.latencyMs)},
                                  {"rank", p.rank}});
    return {{"base", g.base}, {"dataset", g.dataset}, {"base_resolution", g.baseResolution},
            {"base_macs", double(g.baseMacs)}, {"target", g.target}, {"points", points}};
}

QJsonObject toJson(const Workspace &w)
{
    const ExplorerState &e = w.explorer;
    const QJsonObject explorer{{"mode", e.compound ? "compound" : "direct"}, {"lite", e.lite}, {"alpha", e.alpha},
                               {"beta", e.beta}, {"gamma", e.gamma}, {"phi", e.phi}, {"width", e.width},
                               {"depth", e.depth}, {"resolution", e.resolution}, {"stage_width", doubles(e.stageWidth)},
                               {"stage_depth", doubles(e.stageDepth)}};
    return {{"photos", QJsonArray::fromStringList(w.photos)}, {"current_photo", w.currentPhoto}, {"model", w.model},
            {"view", w.view}, {"explorer", explorer}};
}

// Reads fields by name; the first missing or mistyped one becomes the error, with its path.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *error) : m_o(o), m_path(std::move(path)), m_error(error) {}

    bool ok() const { return m_error->isEmpty(); }

    QString str(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isString())
            fail(key, "a string");
        return v.toString();
    }
    double num(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isDouble())
            fail(key, "a number");
        return v.toDouble();
    }
    // the range is checked before the conversion: a double outside an integer's range does not
    // convert (undefined behaviour; the session fuzzer found 1.1e52 here)
    int integer(const char *key, int lo = 0)
    {
        const double d = num(key);
        if (!ok() || !(d >= lo && d <= double(std::numeric_limits<int>::max())) || d != std::floor(d)) {
            fail(key, lo > 0 ? "a positive whole number" : "a whole number >= 0");
            return lo;
        }
        return int(d);
    }
    qint64 count(const char *key)
    {
        const double d = num(key);
        if (!ok() || !(d >= 0 && d <= 9.0e15) || d != std::floor(d)) {
            fail(key, "a whole number >= 0");
            return 0;
        }
        return qint64(d);
    }
    bool flag(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isBool())
            fail(key, "true or false");
        return v.toBool();
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isArray())
            fail(key, "an array");
        return v.toArray();
    }
    QVector<double> doubles(const char *key)
    {
        QVector<double> out;
        const QJsonArray a = array(key);
        for (int i = 0; ok() && i < a.size(); ++i) {
            if (!a[i].isDouble())
                fail(key, "an array of numbers");
            out.push_back(a[i].toDouble());
        }
        return out;
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isObject())
            fail(key, "an object");
        return v.toObject();
    }
    QStringList strings(const char *key)
    {
        QStringList out;
        const QJsonArray a = array(key);
        for (int i = 0; ok() && i < a.size(); ++i) {
            if (!a[i].isString())
                fail(key, "an array of strings");
            out.push_back(a[i].toString());
        }
        return out;
    }
    QString at(const char *key) const { return m_path + QLatin1Char('.') + QLatin1String(key); }

private:
    void fail(const char *key, const char *expected)
    {
        if (ok())
            *m_error = QStringLiteral("%1: expected %2").arg(at(key), QLatin1String(expected));
    }
    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};

template <typename T>
bool readList(const QJsonObject &root, const char *key, QVector<T> *out, QString *error,
              const std::function<T(Reader &, const QJsonObject &, const QString &)> &read)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (!v.isArray()) {
        *error = QStringLiteral("%1: expected an array").arg(QLatin1String(key));
        return false;
    }
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
        if (!a[i].isObject()) {
            *error = path + QStringLiteral(": expected an object");
            return false;
        }
        Reader r(a[i].toObject(), path, error);
        T item = read(r, a[i].toObject(), path);
        if (!r.ok())
            return false;
        out->push_back(item);
    }
    return true;
}

} // namespace

QByteArray sessionToJson(const Session &s)
{
    QJsonArray custom, latency, sweep, evals;
    for (const CustomScale &c : s.customScales)
        custom.append(toJson(c));
    for (const LatencyItem &l : s.latency)
        latency.append(toJson(l));
    for (const SweepItem &w : s.sweep)
        sweep.append(toJson(w));
    for (const EvalItem &e : s.evaluations)
        evals.append(toJson(e));
    QJsonObject root{{"format", QLatin1String(kFormat)}, {"version", kVersion}, {"custom_scales", custom},
                     {"latency", latency}, {"sweep", sweep}, {"evaluations", evals}};
    if (!s.probe.isEmpty()) {
        QJsonArray probe;
        for (const ProbeItem &p : s.probe)
            probe.append(toJson(p));
        root.insert(QStringLiteral("probe"), QJsonObject{{"dataset", s.probeDataset}, {"scales", probe}});
    }
    if (!s.grid.points.isEmpty())
        root.insert(QStringLiteral("grid"), toJson(s.grid));
    if (s.hasWorkspace)
        root.insert(QStringLiteral("workspace"), toJson(s.workspace));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool sessionFromJson(const QByteArray &json, Session *session, QString *error)
{
    error->clear();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    if (!doc.isObject() || doc.object().value(QLatin1String("format")).toString() != QLatin1String(kFormat)) {
        *error = QCoreApplication::translate("Session", "not an effscope session (no \"format\": \"%1\")").arg(QLatin1String(kFormat));
        return false;
    }
    const QJsonObject root = doc.object();
    const int version = root.value(QLatin1String("version")).toInt();
    if (version < kOldestVersion || version > kVersion) {
        *error = QCoreApplication::translate("Session", "session version %1 is not supported (this effscope reads versions %2 to %3)")
                     .arg(root.value(QLatin1String("version")).toVariant().toString())
                     .arg(kOldestVersion)
                     .arg(kVersion);
        return false;
    }
    Session s;
    const bool ok =
        readList<CustomScale>(root, "custom_scales", &s.customScales, error,
                              [](Reader &r, const QJsonObject &, const QString &) {
                                  CustomScale c;
                                  c.name = r.str("name");
                                  c.width = r.num("width");
                                  c.depth = r.num("depth");
                                  c.resolution = r.integer("resolution", 1);
                                  c.lite = r.flag("lite");
                                  c.stageWidth = r.doubles("stage_width");
                                  c.stageDepth = r.doubles("stage_depth");
                                  return c;
                              })
        && readList<LatencyItem>(root, "latency", &s.latency, error, [](Reader &r, const QJsonObject &, const QString &) {
               LatencyItem l;
               l.model = r.str("model");
               l.inputSize = r.integer("input_size");
               l.macs = r.count("macs");
               l.medianMs = r.num("median_ms");
               l.engine = r.str("engine");
               l.error = r.str("error");
               return l;
           })
        && readList<SweepItem>(root, "sweep", &s.sweep, error, [](Reader &r, const QJsonObject &, const QString &) {
               SweepItem w;
               w.base = r.str("base");
               w.dimension = r.str("dimension");
               w.multiplier = r.num("multiplier");
               w.width = r.num("width");
               w.depth = r.num("depth");
               w.resolution = r.integer("resolution");
               w.macs = r.count("macs");
               w.params = r.count("params");
               w.medianMs = r.num("median_ms");
               w.engine = r.str("engine");
               w.error = r.str("error");
               return w;
           })
        && readList<EvalItem>(root, "evaluations", &s.evaluations, error,
                              [error](Reader &r, const QJsonObject &o, const QString &path) {
                                  EvalItem e;
                                  e.model = r.str("model");
                                  e.weightsLabel = r.str("weights");
                                  e.dataset = r.str("dataset");
                                  e.pretrained = r.flag("pretrained");
                                  e.imageSize = r.integer("img_size");
                                  e.cropPct = r.num("crop_pct");
                                  e.interpolation = r.str("interpolation");
                                  e.params = r.count("params");
                                  e.macs = r.count("macs");
                                  e.images = r.integer("images");
                                  e.evaluated = r.integer("evaluated");
                                  e.failed = r.integer("failed");
                                  e.resumed = r.integer("resumed");
                                  e.top1 = r.num("top1");
                                  e.top5 = r.num("top5");
                                  e.cancelled = r.flag("cancelled");
                                  e.error = r.str("error");
                                  e.csvRow = r.str("csv_row");
                                  for (const QJsonValue v : r.array("errors"))
                                      e.errors.push_back(v.toString());
                                  if (!r.ok())
                                      return e;
                                  readList<EvalClass>(o, "per_class", &e.perClass, error,
                                                      [](Reader &c, const QJsonObject &, const QString &) {
                                                          return EvalClass{c.integer("label"), c.str("name"),
                                                                           c.integer("count"), c.integer("top1")};
                                                      });
                                  if (error->isEmpty())
                                      readList<EvalConfusion>(o, "confused", &e.confused, error,
                                                              [](Reader &c, const QJsonObject &, const QString &) {
                                                                  return EvalConfusion{c.integer("label"), c.integer("predicted"),
                                                                                       c.integer("count"), c.str("label_name"),
                                                                                       c.str("predicted_name")};
                                                              });
                                  // per-image results (sessions written before them have none)
                                  if (error->isEmpty() && o.contains(QLatin1String("samples")))
                                      readList<EvalImage>(o, "samples", &e.samples, error,
                                                          [](Reader &c, const QJsonObject &, const QString &) {
                                                              EvalImage i;
                                                              i.path = c.str("path");
                                                              i.label = c.integer("label");
                                                              for (double t : c.doubles("top"))
                                                                  i.top.push_back(int(t));
                                                              i.error = c.str("error");
                                                              return i;
                                                          });
                                  if (!error->isEmpty() && !error->startsWith(path))
                                      *error = path + QLatin1Char('.') + *error;
                                  return e;
                              });
    if (!ok)
        return false;
    if (root.contains(QLatin1String("probe"))) { // optional: the Train tab's linear probe
        Reader top(root, QString(), error);
        const QJsonObject po = top.object("probe");
        if (!top.ok())
            return false;
        Reader r(po, QStringLiteral("probe"), error);
        s.probeDataset = r.str("dataset");
        if (!r.ok()
            || !readList<ProbeItem>(po, "scales", &s.probe, error, [](Reader &c, const QJsonObject &, const QString &) {
                   ProbeItem p;
                   p.model = c.str("model");
                   p.weightsLabel = c.str("weights");
                   p.pretrained = c.flag("pretrained");
                   p.resolution = c.integer("resolution");
                   p.params = c.count("params");
                   p.macs = c.count("macs");
                   p.valAccuracy = c.num("val_accuracy");
                   p.trainAccuracy = c.num("train_accuracy");
                   p.valImages = c.integer("val_images");
                   p.latencyMs = c.num("latency_ms");
                   p.engine = c.str("engine");
                   p.error = c.str("error");
                   return p;
               })) {
            if (!error->startsWith(QLatin1String("probe")))
                *error = QStringLiteral("probe.") + *error;
            return false;
        }
    }
    if (root.contains(QLatin1String("grid"))) { // optional: the Train tab's grid search
        Reader top(root, QString(), error);
        const QJsonObject go = top.object("grid");
        if (!top.ok())
            return false;
        Reader r(go, QStringLiteral("grid"), error);
        s.grid.base = r.str("base");
        s.grid.dataset = r.str("dataset");
        s.grid.baseResolution = r.integer("base_resolution", 1);
        s.grid.baseMacs = r.count("base_macs");
        s.grid.target = r.num("target");
        if (!r.ok()
            || !readList<GridPoint>(go, "points", &s.grid.points, error, [](Reader &c, const QJsonObject &o, const QString &) {
                   GridPoint p;
                   p.alpha = c.num("alpha");
                   p.beta = c.num("beta");
                   p.gamma = c.num("gamma");
                   p.constraint = c.num("constraint");
                   p.resolution = c.integer("resolution", 1);
                   p.macs = c.count("macs");
                   p.params = c.count("params");
                   p.realisedGrowth = c.num("realised_growth");
                   p.paperPoint = c.flag("paper_point");
                   p.done = c.flag("done");
                   p.valAccuracy = c.num("val_accuracy");
                   p.bestValAccuracy = c.num("best_val_accuracy");
                   p.steps = c.count("steps");
                   p.seconds = c.num("seconds");
                   const QJsonValue latency = o.value(QLatin1String("latency_ms"));
                   p.latencyMs = latency.isDouble() ? latency.toDouble() : std::nan("");
                   p.rank = c.integer("rank");
                   return p;
               })) {
            if (!error->startsWith(QLatin1String("grid")))
                *error = QStringLiteral("grid.") + *error;
            return false;
        }
    }
    if (root.contains(QLatin1String("workspace"))) { // optional: version 1 had none
        Reader top(root, QString(), error);
        const QJsonObject w = top.object("workspace");
        if (!top.ok()) {
            *error = QStringLiteral("workspace: expected an object");
            return false;
        }
        Reader r(w, QStringLiteral("workspace"), error);
        s.workspace.photos = r.strings("photos");
        s.workspace.currentPhoto = r.str("current_photo");
        s.workspace.model = r.str("model");
        s.workspace.view = r.str("view");
        const QJsonObject eo = r.object("explorer");
        if (!r.ok())
            return false;
        Reader e(eo, QStringLiteral("workspace.explorer"), error);
        ExplorerState &x = s.workspace.explorer;
        const QString mode = e.str("mode");
        if (e.ok() && mode != QLatin1String("compound") && mode != QLatin1String("direct"))
            *error = QStringLiteral("workspace.explorer.mode: expected \"compound\" or \"direct\"");
        x.compound = mode == QLatin1String("compound");
        x.lite = e.flag("lite");
        x.alpha = e.num("alpha");
        x.beta = e.num("beta");
        x.gamma = e.num("gamma");
        x.phi = e.num("phi");
        x.width = e.num("width");
        x.depth = e.num("depth");
        x.resolution = e.integer("resolution", 1);
        x.stageWidth = e.doubles("stage_width");
        x.stageDepth = e.doubles("stage_depth");
        if (!e.ok())
            return false;
        s.hasWorkspace = true;
    }
    *session = s;
    return true;
}

QString saveSession(const QString &path, const Session &session)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("Session", "cannot write %1: %2").arg(path, f.errorString());
    f.write(sessionToJson(session));
    if (!f.commit())
        return QCoreApplication::translate("Session", "cannot write %1: %2").arg(path, f.errorString());
    return QString();
}

bool loadSession(const QString &path, Session *session, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Session", "cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > kMaxBytes) {
        *error = QStringLiteral("%1 is %2 MiB; a session file is at most 64 MiB").arg(path).arg(f.size() >> 20);
        return false;
    }
    if (!sessionFromJson(f.readAll(), session, error)) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), *error);
        return false;
    }
    return true;
}

} // namespace effscope
