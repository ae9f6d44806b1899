// SPDX-License-Identifier: MIT
#pragma once
// Labelled image sets for evaluation: a folder in ImageFolder layout (one subfolder per class,
// named by WordNet id like n02123045, by class name, or by class index) or a CSV of path,label
// lines (label: the same three forms; relative paths are relative to the CSV). No torch, no
// image decoding: only names are resolved here.
#include <string>
#include <vector>

namespace effscope::core {

/// The 1000 ImageNet-1k WordNet ids in class-index order (resources/imagenet_wnids.txt, the
/// order of timm's imagenet_synsets.txt and of torchvision's class indices).
const std::vector<std::string> &imagenetWnids();

/// A class from a folder name or CSV label: "n02356798", "fox squirrel" / "fox_squirrel"
/// (case-insensitive), or "335". Returns -1 when it is none of them.
int resolveClassLabel(const std::string &label);

struct LabelledImage
{
    std::string path;
    int label = 0;
};

/// Lists the images of a folder (ImageFolder layout) or a CSV file, sorted by path for folders,
/// in file order for CSVs. Image files are recognised by suffix (jpg, jpeg, png, webp, bmp, tif, tiff).
/// Throws InvalidInput naming the first folder or line whose label cannot be resolved, Io when
/// the path cannot be read, InvalidInput when there are no images.
std::vector<LabelledImage> listLabelledImages(const std::string &dirOrCsv);

/// Images labelled with the user's own classes (for training): the same layouts, but any folder
/// name or CSV label is a class; classes are numbered in sorted order, as torchvision's
/// ImageFolder does.
struct ClassSet
{
    std::vector<std::string> classes;
    std::vector<LabelledImage> images; ///< label: an index into `classes`
};
ClassSet listOwnClasses(const std::string &dirOrCsv);

/// Every image file under `dir`, subfolders included, sorted by path (a calibration set needs no
/// labels). Throws Io when `dir` is not a readable folder, InvalidInput when it holds no image.
std::vector<std::string> listImagesUnder(const std::string &dir);

/// The images of a labelled folder or CSV labelled for a classifier with its own `classes`
/// (a fine-tuned model): each folder name or CSV label must be one of them (by exact name).
/// Throws InvalidInput naming the first that is not.
std::vector<LabelledImage> listLabelledFor(const std::string &dirOrCsv, const std::vector<std::string> &classes);

} // namespace effscope::core
