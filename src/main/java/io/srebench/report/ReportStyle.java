package io.srebench.report;

/** The report's inline style sheet: system fonts only, nothing fetched. */
final class ReportStyle {
    static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;margin:24px 32px;"
                + "color:#1d2330;background:#fff;font-size:14px;line-height:1.4}",
            "h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d8dce3;"
                + "padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}h4{font-size:13px;margin:12px 0 4px}",
            ".muted{color:#667085}table{border-collapse:collapse;margin:6px 0}",
            "th,td{border:1px solid #d8dce3;padding:4px 8px;text-align:left;vertical-align:top}",
            "th{background:#f2f4f7;font-weight:600}",
            ".lb td:nth-child(n+2){text-align:right;font-variant-numeric:tabular-nums}",
            ".sw{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:6px}",
            ".bar{display:inline-block;width:60px;height:8px;background:#e4e7ec;margin-right:8px;vertical-align:middle}",
            ".bar span{display:block;height:8px;background:#2e90fa}",
            ".mx td{text-align:center;font-variant-numeric:tabular-nums;min-width:90px}.mx td:first-child{text-align:left}",
            ".mx td.none{color:#98a2b3}a{color:#175cd3;text-decoration:none}a:hover{text-decoration:underline}",
            "a.cl{font-size:11px;color:#344054}",
            ".charts{display:flex;flex-wrap:wrap;gap:16px}svg.chart{border:1px solid #e4e7ec;background:#fcfcfd}",
            ".grid{stroke:#eaecf0}.frame{fill:none;stroke:#98a2b3}.tk{font-size:11px;fill:#475467}",
            ".al{font-size:12px;fill:#344054}.ct{font-size:13px;font-weight:600;fill:#1d2330}",
            ".pl{font-size:11px}.err{stroke-width:2;opacity:.55}",
            ".pareto{fill:none;stroke:#344054;stroke-width:1.5;stroke-dasharray:5 4}",
            "details.run{border:1px solid #d8dce3;border-radius:4px;margin:4px 0;background:#fff}",
            "details.run>summary{cursor:pointer;padding:6px 10px;background:#f9fafb}",
            "details.run[open]>summary{border-bottom:1px solid #d8dce3}.body{padding:6px 12px 12px}",
            ".rid{color:#667085;font-variant-numeric:tabular-nums}",
            ".st{padding:0 5px;border-radius:3px;background:#e4e7ec}.st-done{background:#d1fadf}",
            ".st-errored{background:#fee4e2}.st-interrupted{background:#fef0c7}",
            ".expl .o-hit td{background:#ecfdf3}.expl .o-false_positive td{background:#fef3f2}",
            ".expl .o-missed td{background:#fffaeb}.expl .o-duplicate td,.expl .o-ignored td{color:#667085}",
            ".turn{border-left:3px solid #d0d5dd;margin:8px 0;padding:2px 0 2px 10px}",
            ".th{font-size:12px;color:#667085;margin-bottom:2px}",
            ".say{white-space:pre-wrap;margin:4px 0;padding:4px 8px;background:#f0f9ff;border-radius:3px}",
            ".note{font-size:12px;color:#b54708;white-space:pre-wrap}",
            ".reason{font-size:12px;color:#475467;white-space:pre-wrap}",
            ".call{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:12.5px;margin-top:6px;"
                + "white-space:pre-wrap;word-break:break-all}",
            ".prompt{color:#12b76a;font-weight:700}",
            ".rh{font-size:11px;color:#667085}",
            "pre{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:12px;margin:2px 0;"
                + "padding:6px 8px;background:#f8f9fb;border:1px solid #eaecf0;border-radius:3px;white-space:pre-wrap;"
                + "word-break:break-all;max-height:360px;overflow:auto}",
            "pre.err{background:#fff6f5;border-color:#fecdca}",
            ".cutnote{font-size:11px;color:#98a2b3;font-style:italic}.error{color:#b42318}");

    private ReportStyle() {
    }
}
