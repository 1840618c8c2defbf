package org.industrymetrics.examples;


/** The help texts of the {@code metrics} command. */
final class Help {

    private Help() {
    }

    static final String GENERAL = String.join("\n",
            "metrics: check, add up and convert the figures of industry and economic reports",
            "",
            "Usage:",
            "  metrics                              check the bundled seed dataset with the bundled rates",
            "  metrics check   [settings] FILE...   check one dataset and print the findings",
            "  metrics sum     [settings] FILE...   add up levels, grouped, in one unit or currency",
            "  metrics convert [settings] FILE...   rewrite a dataset as CSV or JSON",
            "  metrics extract [settings] FILE...   the figures of articles as a draft observations table",
            "  metrics help    [COMMAND]            this text, or the help of one command",
            "",
            "FILE... is one dataset: a JSON document, or CSV files whose table is told by the option",
            "before them or by the file name (*observations*.csv, *subjects*.csv, *metrics*.csv,",
            "*rates*.csv, *rules*.csv, *sources*.csv; any other .csv is observations, or rates if it is",
            "a FRED series such as DEXCHUS.csv). A folder stands for all its .csv and .json files;",
            "- reads observations CSV from standard input.",
            "",
            "Settings:",
            "  --subjects F, --metrics F, --rates F, --rules F, --sources F, --observations F",
            "                         that table from that file (F may be - for standard input)",
            "  --default-rates        also use the bundled CNY/USD reference rates (FRB H.10)",
            "  --format text|json|csv|html   output format (default text); html is one page",
            "                         with charts, self-contained (check and sum)",
            "  -o PATH                write the output to this file instead of standard output",
            "  --about A, --over O, --nearly N   qualifier widths as fractions (0.05, 0.10, 0.05)",
            "  --only CHECK,...       (check) run only these checks",
            "  --verdict V,...        (check) show only findings with these verdicts",
            "  --unit U, --by F, --metric M, --period P, --status S, --keep-subject, --keep-period,",
            "  --prefer-source, --prefer-unit, --keep-first, --allow-overlap   (sum) see 'metrics help sum'",
            "  --to csv|json          (convert) see 'metrics help convert'",
            "  --date D               (extract) see 'metrics help extract'",
            "",
            "Exit status: 0 done, no inconsistent finding; 1 at least one inconsistent finding (check);",
            "2 bad input or usage (every problem on standard error, nothing on standard output);",
            "3 internal error.",
            "");

    static final String CHECK = String.join("\n",
            "metrics check [settings] FILE...",
            "",
            "Finds every relation the figures must satisfy and tests it with interval arithmetic:",
            "each finding is CONSISTENT (the figures can all be true), INCONSISTENT (they cannot)",
            "or UNDETERMINED (they cannot be compared, e.g. no exchange rate), with the arithmetic.",
            "",
            "  --only CHECK,...   run only these checks: share, growth, multiple, growth-pp, share-pp,",
            "                     contribution, parts-sum, disjoint-shares, period-sum, agree, fx, rule",
            "  --default-rates    also use the bundled CNY/USD reference rates",
            "  --rates F          exchange rates: a rates table, or a FRED series such as DEXCHUS.csv",
            "  --verdict V,...    show only these verdicts: consistent, inconsistent, undetermined",
            "                     (the exit status still counts every finding)",
            "  --format text|json|csv|html   text fits the terminal (COLUMNS, or 100 columns);",
            "                     html: one self-contained page with a chart per finding",
            "  -o FILE            write to this file instead of standard output",
            "  --about A, --over O, --nearly N   qualifier widths (defaults 0.05, 0.10, 0.05)",
            "",
            "Example: metrics check --default-rates observations.csv subjects.csv",
            "         metrics check --format html -o report.html data/",
            "Exit status 1 when any finding is INCONSISTENT.",
            "");

    static final String SUM = String.join("\n",
            "metrics sum [settings] FILE...",
            "",
            "Adds up levels in one unit or currency, grouped, and prints each total as an interval",
            "and as the figure a report would print, with the number of observations added. Money in",
            "other currencies is converted with the rates (flows at the period's average rate). A level",
            "that cannot be added (another dimension, no rate) is an error that names it.",
            "Two levels of a group that may be the same amount (a country and its provinces, a year",
            "and its months, a union and its parts, one figure in two currencies or from two sources)",
            "are an error that names both, unless a rule below says which to keep; the levels dropped",
            "are listed with the result. A total keeps its figures' qualifier (\"over 25\") and status.",
            "",
            "  --unit U            the unit or currency of the totals (required): GWh, t/a, \"billion USD\"",
            "  --by subject|period|metric   grouping, repeatable",
            "  --metric M          add up only this metric",
            "  --period P          add up only this period (2024, 2024-Q1, 2024-01/2024-05)",
            "  --status S          add up only figures of this status (actual, target, ...)",
            "  --keep-subject broadest|finest   of a subject and a part of it, keep which",
            "  --keep-period whole|parts        of a period and a period within it, keep which",
            "  --prefer-source S,...  of one level from several sources, keep the first listed",
            "  --prefer-unit U,...    of one level in several units or currencies, keep the first listed",
            "  --keep-first        of one level given several times, keep the smallest id",
            "  --allow-overlap     add the overlaps no rule resolves, with a warning line each",
            "  --default-rates     also use the bundled CNY/USD reference rates",
            "  --rates F           exchange rates: a rates table, or a FRED series such as DEXCHUS.csv",
            "  --format text|json|csv|html   html: one self-contained page, a bar per total",
            "  -o FILE             write to this file instead of standard output",
            "",
            "Example: metrics sum --unit \"billion CNY\" --by period --metric output_value data/",
            "         metrics sum --unit GWh --keep-subject broadest --metric power_battery.output data/",
            "");

    static final String CONVERT = String.join("\n",
            "metrics convert [settings] FILE...",
            "",
            "Rewrites a dataset in canonical form: tables in the order of the format, canonical columns",
            "and spellings, so that CSV to JSON and back gives the same bytes.",
            "",
            "  --to csv|json       output format; default: JSON for -o *.json, else the form the input",
            "                      is not in (CSV files to JSON, a JSON document to CSV)",
            "  -o PATH             JSON to a file; CSV to a folder with one file per table",
            "                      (without -o: standard output; CSV then holds the observations alone)",
            "",
            "Example: metrics convert -o dataset.json observations.csv subjects.csv",
            "");

    static final String EXTRACT = String.join("\n",
            "metrics extract [--date D] [--format csv|json] [-o FILE] FILE...",
            "",
            "Reads articles (UTF-8 text; a byte-order mark is ignored) and writes every figure they",
            "report as a row of an observations table: measure, value, unit, qualifier, source and",
            "quote filled, period, base, metric and status proposed where the sentence says them, and",
            "x_start, x_end (the figure's span: Java String indices into the decoded text) and x_note",
            "(other readings, why a cell is empty). Fill in subject, and metric and period where they",
            "are empty (and base for a share the text does not name the whole of): then 'metrics",
            "check' reads the table as it is. A figure that cannot be a row (a unit the format has",
            "not, a number that is no number) is named on standard error and not written.",
            "",
            "  --date D           the day the articles were published, such as 2024-06-26, for 'this",
            "                     year' and 'last year' (default: a date in the head of each article)",
            "  --format csv|json  output format (default csv)",
            "  -o FILE            write to FILE instead of standard output",
            "",
            "Example: metrics extract -o draft.csv article.txt",
            "");

    static String text(String command) {
        if (command == null) {
            return GENERAL;
        }
        switch (command) {
            case "check":
                return CHECK;
            case "sum":
                return SUM;
            case "convert":
                return CONVERT;
            case "extract":
                return EXTRACT;
            case "help":
                return GENERAL;
            default:
                throw new UsageException("no help for " + Metrics.quote(command) + Metrics.hint(command, Metrics.COMMANDS)
                        + ": the commands are check, sum, convert, extract, help");
        }
    }

    /** What a value-taking option expects, for the message of a missing value: {@code : text, json or csv}. */
    static String valueHint(String option) {
        switch (option) {
            case "--format":
                return ": text, json or csv";
            case "--to":
                return ": csv or json";
            case "--date":
                return ": a day, such as 2024-06-26";
            case "--by":
                return ": subject, period or metric";
            case "--unit":
                return ": a unit or currency, such as GWh or \"billion USD\"";
            case "--metric":
                return ": a metric id, such as output_value";
            case "--period":
                return ": a period, such as 2024 or 2024-01/2024-05";
            case "--status":
                return ": actual, estimate, provisional, target or forecast";
            case "--keep-subject":
                return ": broadest or finest";
            case "--keep-period":
                return ": whole or parts";
            case "--prefer-source":
                return ": source ids, such as nbs,cabia";
            case "--prefer-unit":
                return ": units or currencies, such as CNY";
            case "--about":
            case "--over":
            case "--nearly":
                return ": a fraction, such as 0.05";
            case "--only":
                return ": check ids, such as growth,share";
            case "--verdict":
                return ": verdicts, such as inconsistent,undetermined";
            case "-o":
            case "--output":
                return ": a file (JSON) or a folder (CSV)";
            default:
                return ": a file";
        }
    }
}
