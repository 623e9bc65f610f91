#pragma once

#include "figure.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

/// A figure as `compute-atlas export` takes it: the spec plus what it needs from the document.
struct FigureRequest {
    FigureSpec spec;
    QDate asOf;                  ///< the timeline's date; null: the dataset's
    QSet<EntityRef> highlighted; ///< shown highlighted, the rest dimmed
    bool titleGiven = false;     ///< --title was given (else composed figures take the dataset's)
};

/**
 * The export command's options, both ways: parsing them into a FigureRequest, and writing a
 * request back as arguments, which the export dialog shows so a figure made in the window can be
 * remade by a script, pixel for pixel.
 */
class FigureArguments
{
    Q_DECLARE_TR_FUNCTIONS(atlas::FigureArguments)

public:
    /// Adds the export options (-o, --figure, --size, --title, …) to @p parser.
    static void addOptions(QCommandLineParser &parser);
    /// The request the parsed options describe, or nullopt with a message in @p error.
    static std::optional<FigureRequest> parse(const QCommandLineParser &parser, QString *error);
    /// `export -o OUTPUT [--dataset DATASET] …` for @p request; arguments, not a shell line.
    static QStringList toArguments(const FigureRequest &request, const QString &output, const QString &dataset = {});
    /// The arguments quoted for a POSIX shell, after the program name.
    static QString shellLine(const QStringList &arguments);

    static QString entityKey(EntityType type);
};

} // namespace atlas
