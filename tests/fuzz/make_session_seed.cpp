// SPDX-License-Identifier: MIT
// A session with every part filled, written by the application's own writer: the seed the
// session fuzzer mutates. Usage: make_session_seed OUT.json
#include "session.h"

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    using namespace effscope;
    Session s;
    CustomScale c;
    c.name = QStringLiteral("custom-w1.1-d1.2-r256");
    c.width = 1.1;
    c.depth = 1.2;
    c.resolution = 256;
    c.stageWidth = {1, 1, 1, 1, 1, 1, 1.5};
    s.customScales << c;
    LatencyItem l;
    l.model = QStringLiteral("b0");
    l.inputSize = 224;
    l.macs = 390'000'000;
    l.medianMs = 12.5;
    l.engine = QStringLiteral("effscope-onednn");
    s.latency << l;
    SweepItem w;
    w.base = QStringLiteral("b0");
    w.dimension = QStringLiteral("compound");
    w.multiplier = 1.0;
    w.width = 1.1;
    w.depth = 1.2;
    w.resolution = 256;
    w.macs = 830'000'000;
    w.params = 7'800'000;
    w.medianMs = 20.0;
    s.sweep << w;
    EvalItem e;
    e.model = QStringLiteral("lite0");
    e.weightsLabel = QStringLiteral("pypi-lite0");
    e.dataset = QStringLiteral("/data/set");
    e.pretrained = true;
    e.imageSize = 224;
    e.images = e.evaluated = 4;
    e.top1 = 75;
    e.top5 = 100;
    e.perClass = {EvalClass{372, QStringLiteral("baboon"), 2, 2}};
    e.errors << QStringLiteral("a.jpg: truncated");
    s.evaluations << e;
    s.hasWorkspace = true;
    s.workspace.photos << QStringLiteral("/photos/a.jpg") << QStringLiteral("/photos/b.tif");
    s.workspace.currentPhoto = QStringLiteral("/photos/b.tif");
    s.workspace.model = QStringLiteral("lite0");
    s.workspace.view = QStringLiteral("heatmap");
    const QString error = saveSession(QString::fromLocal8Bit(argv[1]), s);
    if (!error.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return error.isEmpty() ? 0 : 1;
}
