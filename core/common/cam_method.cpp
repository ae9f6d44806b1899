// SPDX-License-Identifier: MIT
#include "common/cam_method.h"

#include "common/error.h"

#include <cctype>

namespace effscope::core {

namespace {

struct MethodRow
{
    CamMethod method;
    const char *id;
    const char *label;
};

// Menu order: the gradient methods, CAM and Eigen-CAM, then the forward-per-channel methods.
constexpr MethodRow kMethods[] = {
    {CamMethod::GradCam, "gradcam", "Grad-CAM"},       {CamMethod::GradCamPlusPlus, "gradcam++", "Grad-CAM++"},
    {CamMethod::XGradCam, "xgradcam", "XGrad-CAM"},    {CamMethod::HiResCam, "hirescam", "HiResCAM"},
    {CamMethod::LayerCam, "layercam", "Layer-CAM"},    {CamMethod::EigenCam, "eigencam", "Eigen-CAM"},
    {CamMethod::Cam, "cam", "CAM"},                    {CamMethod::ScoreCam, "scorecam", "Score-CAM"},
    {CamMethod::AblationCam, "ablationcam", "Ablation-CAM"},
};

const MethodRow &row(CamMethod method)
{
    for (const MethodRow &m : kMethods)
        if (m.method == method)
            return m;
    throw Error(ErrorCategory::InvalidInput, "unknown CAM method value " + std::to_string(int(method)));
}

std::string normalise(const std::string &s)
{
    std::string out;
    for (char ch : s)
        if (ch != '-' && ch != '_' && ch != ' ')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (out == "gradcamplusplus" || out == "gradcampp")
        out = "gradcam++";
    return out;
}

} // namespace

const char *camMethodName(CamMethod method)
{
    return row(method).id;
}

const char *camMethodLabel(CamMethod method)
{
    return row(method).label;
}

CamMethod parseCamMethod(const std::string &name)
{
    const std::string n = normalise(name);
    std::string all;
    for (const MethodRow &m : kMethods) {
        if (n == m.id || n == normalise(m.label))
            return m.method;
        all += std::string(all.empty() ? "" : ", ") + m.id;
    }
    throw Error(ErrorCategory::InvalidInput, "unknown CAM method '" + name + "'; choose one of " + all);
}

const std::vector<CamMethod> &allCamMethods()
{
    static const std::vector<CamMethod> all = [] {
        std::vector<CamMethod> out;
        for (const MethodRow &m : kMethods)
            out.push_back(m.method);
        return out;
    }();
    return all;
}

bool camUsesGradients(CamMethod m)
{
    return m == CamMethod::GradCam || m == CamMethod::GradCamPlusPlus || m == CamMethod::XGradCam
        || m == CamMethod::HiResCam || m == CamMethod::LayerCam;
}

bool camForwardPerChannel(CamMethod m)
{
    return m == CamMethod::ScoreCam || m == CamMethod::AblationCam;
}

} // namespace effscope::core
