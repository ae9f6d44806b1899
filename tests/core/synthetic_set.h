// SPDX-License-Identifier: MIT
#pragma once
// A labelled image set made at test time: four pattern classes (checks, dots, horizontal and
// vertical stripes) drawn with OpenCV at random periods, phases, colour pairs and with pixel
// noise, written as PNGs in ImageFolder layout (one folder per class). Seeded: the same set on
// every run. Nothing in a class's colours tells it apart; only the pattern does.
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QString>

#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace synthetic {

inline const std::vector<std::string> &patternClasses()
{
    static const std::vector<std::string> names{"checks", "dots", "hstripes", "vstripes"};
    return names;
}

/// Writes `perClass` images of `size` px per class under `root`/<class>/; false on a write
/// failure.
inline bool writePatterns(const QString &root, int perClass, int size, unsigned seed = 20261130)
{
    std::mt19937 rng(seed);
    cv::RNG noiseRng(seed);
    auto uni = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    for (const std::string &name : patternClasses()) {
        const QString dir = root + "/" + QString::fromStdString(name);
        if (!QDir().mkpath(dir))
            return false;
        for (int i = 0; i < perClass; ++i) {
            const cv::Scalar a(uni(0, 255), uni(0, 255), uni(0, 255));
            cv::Scalar b;
            do
                b = cv::Scalar(uni(0, 255), uni(0, 255), uni(0, 255));
            while (cv::norm(a - b) < 120);
            const double period = uni(8, 16), px = uni(0, period), py = uni(0, period);
            cv::Mat img(size, size, CV_8UC3, a);
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x) {
                    const bool oddX = std::fmod(x + px, period) < period / 2, oddY = std::fmod(y + py, period) < period / 2;
                    bool on = false;
                    if (name == "checks")
                        on = oddX != oddY;
                    else if (name == "hstripes")
                        on = oddY;
                    else if (name == "vstripes")
                        on = oddX;
                    else {
                        const double dx = std::fmod(x + px, period) - period / 2, dy = std::fmod(y + py, period) - period / 2;
                        on = dx * dx + dy * dy < period * period / 10;
                    }
                    if (on)
                        img.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(b[0]), uchar(b[1]), uchar(b[2]));
                }
            cv::Mat noise(size, size, CV_16SC3), wide, noisy;
            noiseRng.fill(noise, cv::RNG::NORMAL, 0, 12);
            img.convertTo(wide, CV_16SC3);
            wide += noise;
            wide.convertTo(noisy, CV_8UC3); // saturating
            const std::string file = (dir + QString("/%1.png").arg(i, 4, 10, QChar('0'))).toStdString();
            if (!cv::imwrite(file, noisy))
                return false;
        }
    }
    return true;
}

} // namespace synthetic
