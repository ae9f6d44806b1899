// SPDX-License-Identifier: MIT
#include "common/dataset.h"

#include "common/error.h"
#include "common/paths.h"

#include <map>
#include <algorithm>
#include <functional>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <unordered_map>

namespace effscope::core {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string &s)
{
    const size_t a = s.find_first_not_of(" \t\r\n\"");
    const size_t b = s.find_last_not_of(" \t\r\n\"");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

bool isImage(const fs::path &p)
{
    const std::string ext = lower(p.extension().string());
    return ext == ".jpg" || ext == ".jpeg" || ext == ".jpe" || ext == ".png" || ext == ".webp" || ext == ".bmp"
           || ext == ".tif" || ext == ".tiff";
}

} // namespace

const std::vector<std::string> &imagenetWnids()
{
    static const std::vector<std::string> ids = [] {
        const std::string path = resourcePath("imagenet_wnids.txt");
        std::ifstream in(path);
        if (!in)
            throw Error(ErrorCategory::Io, "cannot open the WordNet id list '" + path + "'");
        std::vector<std::string> out;
        for (std::string line; std::getline(in, line);)
            if (!trim(line).empty())
                out.push_back(trim(line));
        if (out.size() != 1000)
            throw Error(ErrorCategory::Io, "'" + path + "' lists " + std::to_string(out.size()) + " ids, expected 1000");
        return out;
    }();
    return ids;
}

int resolveClassLabel(const std::string &raw)
{
    static const auto byName = [] {
        std::unordered_map<std::string, int> m;
        const auto &names = imagenetClasses();
        for (size_t i = 0; i < names.size(); ++i) {
            std::string n = lower(names[i]);
            m.emplace(n, int(i)); // the first of duplicate names (e.g. "crane") wins
            std::replace(n.begin(), n.end(), ' ', '_');
            m.emplace(n, int(i));
        }
        const auto &ids = imagenetWnids();
        for (size_t i = 0; i < ids.size(); ++i)
            m.emplace(ids[i], int(i));
        return m;
    }();
    const std::string label = trim(raw);
    if (label.empty())
        return -1;
    if (std::all_of(label.begin(), label.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        if (label.size() > 4)
            return -1;
        const int v = std::stoi(label);
        return v < 1000 ? v : -1;
    }
    const auto it = byName.find(lower(label));
    return it == byName.end() ? -1 : it->second;
}

namespace {

// A listed image with its label as written: the class folder's name (line 0) or the CSV's
// label field (its line number)
struct RawEntry
{
    std::string path;
    std::string label;
    int line = 0;
};

// Lists a folder (ImageFolder layout) or a CSV of path,label lines. `checkFolder` sees each
// class folder's name before its files are listed (to refuse early).
std::vector<RawEntry> listRaw(const std::string &dirOrCsv, const std::function<void(const std::string &)> &checkFolder)
{
    std::vector<RawEntry> out;
    std::error_code ec;
    const fs::path root(dirOrCsv);
    if (fs::is_directory(root, ec)) {
        std::vector<fs::path> classDirs;
        for (const fs::directory_entry &e : fs::directory_iterator(root, ec))
            if (e.is_directory())
                classDirs.push_back(e.path());
        if (ec)
            throw Error(ErrorCategory::Io, "cannot list '" + dirOrCsv + "': " + ec.message());
        std::sort(classDirs.begin(), classDirs.end());
        for (const fs::path &d : classDirs) {
            checkFolder(d.filename().string());
            std::vector<fs::path> files;
            for (const fs::directory_entry &e : fs::recursive_directory_iterator(d, ec))
                if (e.is_regular_file() && isImage(e.path()))
                    files.push_back(e.path());
            std::sort(files.begin(), files.end());
            for (const fs::path &f : files)
                out.push_back({f.string(), d.filename().string(), 0});
        }
    } else if (fs::is_regular_file(root, ec)) {
        std::ifstream in(dirOrCsv);
        if (!in)
            throw Error(ErrorCategory::Io, "cannot open '" + dirOrCsv + "'");
        int lineNo = 0;
        for (std::string line; std::getline(in, line);) {
            ++lineNo;
            if (trim(line).empty() || trim(line)[0] == '#')
                continue;
            const size_t comma = line.rfind(',');
            if (comma == std::string::npos)
                throw Error(ErrorCategory::InvalidInput,
                            dirOrCsv + ":" + std::to_string(lineNo) + ": expected 'path,label'");
            const std::string path = trim(line.substr(0, comma)), labelText = trim(line.substr(comma + 1));
            if (lineNo == 1 && lower(labelText) == "label")
                continue; // a header line
            fs::path p(path);
            if (p.is_relative())
                p = root.parent_path() / p;
            out.push_back({p.string(), labelText, lineNo});
        }
    } else {
        throw Error(ErrorCategory::Io, "'" + dirOrCsv + "' is neither a folder nor a file");
    }
    if (out.empty())
        throw Error(ErrorCategory::InvalidInput, "'" + dirOrCsv + "' holds no labelled images");
    return out;
}

} // namespace

std::vector<LabelledImage> listLabelledImages(const std::string &dirOrCsv)
{
    const auto noImagenetClass = [&](const std::string &folder) {
        if (resolveClassLabel(folder) < 0)
            throw Error(ErrorCategory::InvalidInput,
                        "folder '" + folder + "' in '" + dirOrCsv
                            + "' names no ImageNet class (use a WordNet id like n02123045, a class name, or an index 0-999)");
    };
    std::vector<LabelledImage> out;
    for (const RawEntry &e : listRaw(dirOrCsv, noImagenetClass)) {
        const int label = resolveClassLabel(e.label);
        if (label < 0)
            throw Error(ErrorCategory::InvalidInput, dirOrCsv + ":" + std::to_string(e.line) + ": '" + e.label
                                                         + "' names no ImageNet class");
        out.push_back({e.path, label});
    }
    return out;
}

ClassSet listOwnClasses(const std::string &dirOrCsv)
{
    const std::vector<RawEntry> raw = listRaw(dirOrCsv, [](const std::string &) {});
    ClassSet set;
    for (const RawEntry &e : raw) {
        if (e.label.empty())
            throw Error(ErrorCategory::InvalidInput, dirOrCsv + ":" + std::to_string(e.line) + ": the label is empty");
        set.classes.push_back(e.label);
    }
    std::sort(set.classes.begin(), set.classes.end());
    set.classes.erase(std::unique(set.classes.begin(), set.classes.end()), set.classes.end());
    for (const RawEntry &e : raw)
        set.images.push_back(
            {e.path, int(std::lower_bound(set.classes.begin(), set.classes.end(), e.label) - set.classes.begin())});
    return set;
}

std::vector<LabelledImage> listLabelledFor(const std::string &dirOrCsv, const std::vector<std::string> &classes)
{
    const ClassSet set = listOwnClasses(dirOrCsv);
    std::map<std::string, int> index;
    for (size_t i = 0; i < classes.size(); ++i)
        index.emplace(classes[i], int(i));
    std::vector<int> toModel(set.classes.size(), -1);
    for (size_t i = 0; i < set.classes.size(); ++i) {
        const auto it = index.find(set.classes[i]);
        if (it == index.end()) {
            std::string known;
            for (size_t k = 0; k < classes.size() && k < 8; ++k)
                known += (k ? ", " : "") + classes[k];
            throw Error(ErrorCategory::InvalidInput, dirOrCsv + ": class '" + set.classes[i]
                                                         + "' is not one the model was trained on (" + known
                                                         + (classes.size() > 8 ? ", ..." : "") + ")");
        }
        toModel[i] = it->second;
    }
    std::vector<LabelledImage> out = set.images;
    for (LabelledImage &image : out)
        image.label = toModel[size_t(image.label)];
    return out;
}

std::vector<std::string> listImagesUnder(const std::string &dir)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorCategory::Io, "'" + dir + "' is not a folder");
    std::vector<std::string> out;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec)
        throw Error(ErrorCategory::Io, "cannot read the folder '" + dir + "': " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec)
            throw Error(ErrorCategory::Io, "cannot read under '" + dir + "': " + ec.message());
        if (it->is_regular_file(ec) && isImage(it->path()))
            out.push_back(it->path().string());
    }
    if (out.empty())
        throw Error(ErrorCategory::InvalidInput, "'" + dir + "' holds no images (jpg, jpeg, png, webp, bmp, tif, tiff)");
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace effscope::core
