#include "colourvision.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace atlas {

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, G. M., Oliveira, M. M. & Fernandes, L. A. F. (2009), "A Physiologically-based Model
// for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 1291–1298: the matrices of its
// supplementary table for severity 1.0. They act on linear RGB (sRGB primaries), so colours are
// linearised first and re-encoded after; Chrome and Firefox use the same matrices in their
// developer tools. For tritanopia the model is an approximation (the paper says so); it still
// shows which blues and greens merge.
constexpr Matrix s_protanopia { {
    { 0.152286, 1.052583, -0.204868 },
    { 0.114503, 0.786281, 0.099216 },
    { -0.003882, -0.048116, 1.051998 },
} };
constexpr Matrix s_deuteranopia { {
    { 0.367322, 0.860646, -0.227968 },
    { 0.280085, 0.672501, 0.047413 },
    { -0.011820, 0.042940, 0.968881 },
} };
constexpr Matrix s_tritanopia { {
    { 1.255528, -0.076749, -0.178779 },
    { -0.078411, 0.930809, 0.147602 },
    { 0.004733, 0.691367, 0.303900 },
} };
// Greyscale: every channel becomes the relative luminance (ITU-R BT.709 / WCAG weights), which
// keeps the contrast ratios that Theme::contrastRatio() measures.
constexpr Matrix s_greyscale { {
    { 0.2126, 0.7152, 0.0722 },
    { 0.2126, 0.7152, 0.0722 },
    { 0.2126, 0.7152, 0.0722 },
} };

const Matrix *matrixOf(ColourVision vision)
{
    switch (vision) {
    case ColourVision::Normal:
        return nullptr;
    case ColourVision::Deuteranopia:
        return &s_deuteranopia;
    case ColourVision::Protanopia:
        return &s_protanopia;
    case ColourVision::Tritanopia:
        return &s_tritanopia;
    case ColourVision::Greyscale:
        return &s_greyscale;
    }
    return nullptr;
}

double toLinear(double encoded)
{
    return encoded <= 0.04045 ? encoded / 12.92 : std::pow((encoded + 0.055) / 1.055, 2.4);
}

double toEncoded(double linear)
{
    linear = std::clamp(linear, 0.0, 1.0);
    return linear <= 0.0031308 ? linear * 12.92 : 1.055 * std::pow(linear, 1 / 2.4) - 0.055;
}

/// The tables the image version uses: 8-bit sRGB to linear, and linear (in 1/65535 steps, fine
/// enough that the darkest 8-bit levels stay apart) back to 8-bit sRGB.
struct Tables {
    std::array<float, 256> linear {};
    std::array<std::uint8_t, 65536> encoded {};

    Tables()
    {
        for (std::size_t i = 0; i < linear.size(); ++i)
            linear[i] = static_cast<float>(toLinear(static_cast<double>(i) / 255.0));
        for (std::size_t i = 0; i < encoded.size(); ++i)
            encoded[i] = static_cast<std::uint8_t>(std::lround(toEncoded(static_cast<double>(i) / 65535.0) * 255.0));
    }
};

const Tables &tables()
{
    static const Tables s_tables;
    return s_tables;
}

} // namespace

QList<ColourVision> colourVisions()
{
    return { ColourVision::Normal, ColourVision::Deuteranopia, ColourVision::Protanopia, ColourVision::Tritanopia,
        ColourVision::Greyscale };
}

QString colourVisionName(ColourVision vision)
{
    switch (vision) {
    case ColourVision::Normal:
        return QStringLiteral("normal");
    case ColourVision::Deuteranopia:
        return QStringLiteral("deuteranopia");
    case ColourVision::Protanopia:
        return QStringLiteral("protanopia");
    case ColourVision::Tritanopia:
        return QStringLiteral("tritanopia");
    case ColourVision::Greyscale:
        return QStringLiteral("greyscale");
    }
    return {};
}

QStringList colourVisionNames()
{
    QStringList names;
    for (const ColourVision vision : colourVisions())
        names.append(colourVisionName(vision));
    return names;
}

std::optional<ColourVision> colourVisionFromName(const QString &name)
{
    for (const ColourVision vision : colourVisions()) {
        if (colourVisionName(vision) == name)
            return vision;
    }
    return std::nullopt;
}

QString colourVisionDisplayName(ColourVision vision)
{
    switch (vision) {
    case ColourVision::Normal:
        return QCoreApplication::translate("atlas::ColourVision", "Normal colour vision");
    case ColourVision::Deuteranopia:
        return QCoreApplication::translate("atlas::ColourVision", "Deuteranopia (green-blind)");
    case ColourVision::Protanopia:
        return QCoreApplication::translate("atlas::ColourVision", "Protanopia (red-blind)");
    case ColourVision::Tritanopia:
        return QCoreApplication::translate("atlas::ColourVision", "Tritanopia (blue-blind)");
    case ColourVision::Greyscale:
        return QCoreApplication::translate("atlas::ColourVision", "Greyscale");
    }
    return {};
}

QColor simulate(const QColor &colour, ColourVision vision)
{
    const Matrix *matrix = matrixOf(vision);
    if (!matrix || !colour.isValid())
        return colour;
    const QColor rgb = colour.toRgb();
    const std::array<double, 3> linear { toLinear(rgb.redF()), toLinear(rgb.greenF()), toLinear(rgb.blueF()) };
    std::array<double, 3> seen {};
    for (std::size_t row = 0; row < 3; ++row)
        seen[row] = (*matrix)[row][0] * linear[0] + (*matrix)[row][1] * linear[1] + (*matrix)[row][2] * linear[2];
    // Through 8 bits, as the image version and every painted pixel are: greyscale stays exactly grey.
    const auto channel = [](double value) { return static_cast<int>(std::lround(toEncoded(value) * 255.0)); };
    return { channel(seen[0]), channel(seen[1]), channel(seen[2]), rgb.alpha() };
}

QImage simulate(const QImage &image, ColourVision vision)
{
    const Matrix *matrix = matrixOf(vision);
    if (!matrix || image.isNull())
        return image;
    const QImage::Format format = image.format();
    // Straight (not premultiplied) alpha, so the colour of translucent pixels is simulated as it is.
    QImage result = image.convertToFormat(QImage::Format_ARGB32);
    const Tables &table = tables();
    std::array<float, 9> m {};
    for (std::size_t i = 0; i < 9; ++i)
        m[i] = static_cast<float>((*matrix)[i / 3][i % 3]);
    const auto encode = [&table](float linear) {
        const float clamped = std::clamp(linear, 0.0f, 1.0f);
        return table.encoded[static_cast<std::size_t>(std::lround(clamped * 65535.0f))];
    };
    for (int y = 0; y < result.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(result.scanLine(y));
        // Maps are mostly runs of one colour (ocean, land): remember the last pixel converted.
        QRgb lastIn = line[0] ^ 1u;
        QRgb lastOut = 0;
        for (int x = 0; x < result.width(); ++x) {
            const QRgb pixel = line[x];
            if (pixel != lastIn) {
                const float r = table.linear[static_cast<std::size_t>(qRed(pixel))];
                const float g = table.linear[static_cast<std::size_t>(qGreen(pixel))];
                const float b = table.linear[static_cast<std::size_t>(qBlue(pixel))];
                lastIn = pixel;
                lastOut = qRgba(encode(m[0] * r + m[1] * g + m[2] * b), encode(m[3] * r + m[4] * g + m[5] * b),
                    encode(m[6] * r + m[7] * g + m[8] * b), qAlpha(pixel));
            }
            line[x] = lastOut;
        }
    }
    // Indexed and one-bit images have no room for new colours: those stay ARGB32.
    const bool indexed = format == QImage::Format_Indexed8 || format == QImage::Format_Mono
        || format == QImage::Format_MonoLSB || format == QImage::Format_Invalid;
    return indexed || format == QImage::Format_ARGB32 ? result : result.convertToFormat(format);
}

} // namespace atlas
