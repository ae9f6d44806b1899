// SPDX-License-Identifier: MIT
#pragma once
// What the worker tests share: a fresh InferenceWorker per test function, with its models,
// results and errors collected on the test (GUI) thread; opencv-doc photos; a labelled set.
#include "test_env.h"
#include "inference_worker.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>

namespace effscope {

inline const QString kPhotos = testEnvPath("EFFSCOPE_TESTDATA_DIR", "/");

// An ImageFolder set from opencv-doc photos with the classes named the three ways (WordNet id,
// class name, index); apple.jpg filed as "orange" makes a confusion. `copies` of each.
inline QString makeLabelledSet(const QTemporaryDir &dir, int copies = 1)
{
    const struct
    {
        const char *folder, *photo;
    } items[] = {{"n02486410", "baboon.jpg"}, {"fox squirrel", "squirrel_cls.jpg"}, {"950", "orange.jpg"}, {"950", "apple.jpg"}};
    for (const auto &it : items) {
        QDir(dir.path()).mkpath(QString("set/%1").arg(it.folder));
        for (int c = 0; c < copies; ++c)
            QFile::copy(kPhotos + it.photo, dir.filePath(QString("set/%1/%2-%3").arg(it.folder).arg(c).arg(it.photo)));
    }
    return dir.filePath("set");
}

/// A worker and what it sent back (call start() in init(), stop() in cleanup()).
struct WorkerFixture
{
    InferenceWorker *worker = nullptr;
    QList<ModelInfo> models;
    QList<ClassifyResult> results;
    QList<TaskError> errors;
    QList<Qt::HANDLE> threads; ///< the thread each modelReady arrived on

    void start(QObject *receiver)
    {
        worker = new InferenceWorker;
        models.clear();
        results.clear();
        errors.clear();
        threads.clear();
        // context object = the test: delivered on the test (GUI) thread
        QObject::connect(worker, &InferenceWorker::modelReady, receiver, [this](const ModelInfo &i) {
            models << i;
            threads << QThread::currentThreadId();
        });
        QObject::connect(worker, &InferenceWorker::classified, receiver, [this](const ClassifyResult &r) { results << r; });
        QObject::connect(worker, &InferenceWorker::failed, receiver, [this](const TaskError &e) { errors << e; });
    }
    void stop()
    {
        delete worker;
        worker = nullptr;
    }
};

} // namespace effscope
