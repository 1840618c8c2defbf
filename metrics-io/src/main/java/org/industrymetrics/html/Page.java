package org.industrymetrics.html;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.industrymetrics.figure.Interval;

/**
 * What the report and sum pages share: the head with the one inline style sheet, the inline
 * script (only for filtering and for opening collapsed groups before printing: the page reads
 * fully without it) and the way intervals and units are printed.
 */
final class Page {

    /** A group larger than this is collapsed to its summary line; the contents list every group. */
    static final int OPEN_LIMIT = 100;

    /** Flush the buffer to the writer when it holds this many characters. */
    static final int CHUNK = 1 << 15;

    private Page() {
    }

    static final String STYLE = """
            :root{color-scheme:light;--ink:#1b1b1b;--muted:#575757;--line:#cfcfcf;--bad:#a4161a;--bad-bg:#fdf0f0;\
            --ok:#2b6a2f;--ok-bg:#eef6ee;--und:#6b5900;--und-bg:#fbf6e0;--stated:#1f5f8b;--derived:#b35900}
            *{box-sizing:border-box}
            body{margin:0 auto;max-width:1240px;padding:16px 20px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:var(--ink);background:#fff}
            h1{font-size:1.45rem;margin:0 0 .4rem;overflow-wrap:anywhere}
            h2{font-size:1.15rem;margin:1.4rem 0 .4rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
            code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
            a{color:inherit}
            .summary{margin:.3rem 0 .6rem}
            .count,.badge{display:inline-block;padding:.05rem .5rem;border-radius:3px;border:1px solid;font-weight:700;font-size:.9rem;text-decoration:none;white-space:nowrap}
            .count{margin:.15rem .35rem .15rem 0}
            .count.inconsistent,.inconsistent>.head .badge{background:var(--bad);color:#fff;border-color:var(--bad)}
            .count.consistent,.consistent>.head .badge{background:var(--ok-bg);color:var(--ok);border-color:var(--ok)}
            .count.undetermined,.undetermined>.head .badge{background:var(--und-bg);color:var(--und);border-color:var(--und);border-style:dashed}
            dl.settings{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem 1rem;margin:.5rem 0;font-size:.92rem}
            dl.settings dt{color:var(--muted)}
            dl.settings dd{margin:0;overflow-wrap:anywhere}
            .legend{font-size:.88rem;color:var(--muted);margin:.4rem 0}
            .legend .sym{color:var(--ink);font-weight:700}
            nav.contents ul{margin:.2rem 0;padding-left:1.2rem;font-size:.92rem}
            #filters{display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center;margin:.6rem 0;padding:.4rem .6rem;border:1px solid var(--line);border-radius:4px;font-size:.92rem}
            #filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .8rem}
            #filters legend{float:left;margin-right:.5rem;color:var(--muted)}
            details.check-group{margin:.3rem 0}
            details.check-group>summary{cursor:pointer;font-weight:600;padding:.2rem 0}
            article.finding{border:1px solid var(--line);border-left:6px solid var(--ok);border-radius:4px;padding:.55rem .8rem;margin:.5rem 0;\
            display:grid;grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);gap:.3rem 1.4rem;break-inside:avoid}
            article.finding.inconsistent{border-left:12px double var(--bad);background:var(--bad-bg)}
            article.finding.undetermined{border-left:6px dashed var(--und)}
            article.finding>.head{grid-column:1/-1;display:flex;flex-wrap:wrap;gap:.2rem .8rem;align-items:baseline}
            .head .check{font-weight:700}
            .head .num,.head .margin{color:var(--muted);font-size:.9rem}
            .inconsistent>.head .margin{color:var(--bad);font-weight:700}
            .chart{display:block;width:100%;max-width:520px;height:auto}
            .arith{margin:.2rem 0 0;font-size:.92rem;overflow-wrap:anywhere}
            .nochart{color:var(--muted);font-style:italic;margin:.2rem 0}
            ul.figures{list-style:none;padding:0;margin:0;font-size:.92rem}
            ul.figures li{margin:0 0 .5rem;overflow-wrap:anywhere}
            .role{display:inline-block;min-width:4.2rem;color:var(--muted);font-size:.85rem;text-transform:uppercase;letter-spacing:.03em}
            .fig{font-weight:700}
            q{font-style:italic}
            .src,.missing{color:var(--muted)}
            svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;font-size:13px}
            svg .lbl{fill:var(--muted)}
            svg .val{fill:var(--ink)}
            svg .stated .span,svg .stated .closed,svg .stated .arrow{fill:var(--stated)}
            svg .derived .span,svg .derived .closed,svg .derived .arrow{fill:var(--derived)}
            svg .total .span,svg .total .closed,svg .total .arrow{fill:var(--stated)}
            svg .open{fill:#fff;stroke-width:2}
            svg .stated .open,svg .total .open{stroke:var(--stated)}
            svg .derived .open{stroke:var(--derived)}
            svg .track{fill:#d9d9d9}
            svg .gap .band{fill:var(--bad);fill-opacity:.16}
            svg .gap .bracket{fill:none;stroke:var(--bad);stroke-width:1.5;stroke-dasharray:3 2}
            svg .gap .val{fill:var(--bad);font-weight:700}
            table.totals{border-collapse:collapse;width:100%}
            table.totals th,table.totals td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line)}
            table.totals td.n{text-align:right;white-space:nowrap}
            table.totals td.bar{width:46%;min-width:240px}
            table.totals td.fig{white-space:nowrap}
            table.totals td .role{display:none}
            footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
            [hidden]{display:none!important}
            @media (max-width:720px){
            body{padding:10px;font-size:14px}
            article.finding{grid-template-columns:minmax(0,1fr);padding:.5rem .6rem}
            dl.settings{grid-template-columns:minmax(0,1fr)}
            dl.settings dd{margin-bottom:.3rem}
            table.totals thead{display:none}
            table.totals tr{display:block;border-bottom:1px solid var(--line);padding:.3rem 0}
            table.totals td{display:block;border:0;padding:.1rem 0}
            table.totals td.n,table.totals td.fig{text-align:left;white-space:normal}
            table.totals td.bar{width:auto;min-width:0}
            table.totals td .role{display:inline-block}
            }
            @media print{
            body{max-width:none;padding:0;font-size:10pt}
            #filters,nav.contents{display:none!important}
            article.finding{break-inside:avoid;background:none}
            .count,.badge,article.finding.inconsistent,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            details.check-group>summary{list-style:none}
            a{text-decoration:none}
            }
            """;

    /**
     * Shows the filter form and applies it to the groups (each group holds one verdict and one
     * check, so filtering touches groups, not thousands of rows); opens every group before printing.
     */
    static final String SCRIPT = """
            (function(){
            var form=document.getElementById('filters');
            if(!form){return;}
            form.hidden=false;
            function apply(){
            var on={};
            form.querySelectorAll('input[name=verdict]').forEach(function(i){on[i.value]=i.checked;});
            var check=form.querySelector('select').value;
            document.querySelectorAll('details.check-group').forEach(function(g){
            g.hidden=!(on[g.dataset.verdict]&&(check===''||g.dataset.check===check));});
            document.querySelectorAll('section.group').forEach(function(s){s.hidden=!on[s.dataset.verdict];});
            }
            form.addEventListener('change',apply);
            apply();
            window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
            })();
            """;

    /** Writes everything up to and including {@code <body>}. */
    static void head(Html h, String title) {
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"industry-metrics\">\n")
                .raw("<title>").text(title).raw("</title>\n<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n");
    }

    /** Writes the footer, the script and the end of the document. */
    static void end(Html h, boolean script) {
        h.raw("<footer>Written by industry-metrics. This page is one self-contained file: it loads nothing,"
                + " and reads in full without scripts.</footer>\n");
        if (script) {
            h.raw("<script>\n").raw(SCRIPT).raw("</script>\n");
        }
        h.raw("</body>\n</html>\n");
    }

    /** Writes and empties the buffer once it is large, so a long page is not held whole in memory. */
    static void flush(Html h, Writer out, boolean force) throws IOException {
        if (force || h.length() >= CHUNK) {
            StringBuilder sb = h.builder();
            char[] chars = h.chars();
            for (int start = 0; start < sb.length(); start += chars.length) {
                int end = Math.min(sb.length(), start + chars.length);
                sb.getChars(start, end, chars, 0);
                out.write(chars, 0, end - start);
            }
            h.clear();
        }
    }

    /** {@code [58.65, 58.75] %}; the unit {@code 1} of plain counts is left out. */
    static String interval(Interval i, String unit) {
        return unit == null || unit.isEmpty() || unit.equals("1") ? i.toString() : i + " " + unit;
    }

    /** {@code 0.0019 pp}; the unit {@code 1} is left out. */
    static String amount(BigDecimal value, String unit) {
        String v = value.toPlainString();
        return unit == null || unit.isEmpty() || unit.equals("1") ? v : v + " " + unit;
    }

    /** A count with its noun: {@code 1 finding}, {@code 12 findings}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
