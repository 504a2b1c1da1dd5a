import { entityColorRules } from "./entity-colors.ts";

/**
 * The console's one stylesheet, served from /review/assets/review.css (the CSP allows no
 * inline styles). System fonts, a neutral palette with one accent, and entity-type colours.
 */
export const REVIEW_STYLESHEET = `
:root{--bg:#f5f6f8;--card:#fff;--line:#e3e6eb;--line-strong:#cfd4dc;--ink:#1b2330;--muted:#667085;--accent:#3b5bdb;--accent-ink:#fff;
--ok:#2b8a3e;--ok-tint:#ebfbee;--bad:#c92a2a;--bad-tint:#fff5f5;--warn:#b35c00;--warn-tint:#fff4e6;--radius:8px;
--mono:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
html{font-size:14px}
body{margin:0;background:var(--bg);color:var(--ink);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.45}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
h1{font-size:1.45rem;margin:0 0 .2rem;font-weight:650;letter-spacing:-.01em}
h2{font-size:1rem;margin:0 0 .75rem;font-weight:620}
h2 .muted{font-weight:450;font-size:.88rem}
.muted{color:var(--muted)}.mono{font-family:var(--mono);font-size:.9em}
.topbar{display:flex;align-items:center;gap:1.25rem;padding:.7rem 1.5rem;background:#101828;color:#e4e7ec}
.brand{font-weight:700;letter-spacing:.01em;color:#fff}.brand span{font-weight:450;color:#98a2b3;margin-left:.35rem}
.topbar nav a{color:#d0d5dd}.topbar .spacer{flex:1}
.who{display:flex;align-items:center;gap:.6rem;color:#98a2b3}.who strong{color:#e4e7ec;font-weight:550}
.who button{background:transparent;border:1px solid #475467;color:#e4e7ec;border-radius:6px;padding:.25rem .6rem;font:inherit;cursor:pointer}
.who button:hover{border-color:#98a2b3}
.chain{display:inline-flex;align-items:center;gap:.45rem;padding:.25rem .65rem;border-radius:999px;font-size:.86rem;font-weight:550}
.chain::before{content:"";width:.5rem;height:.5rem;border-radius:50%;background:currentColor}
.chain.ok{background:#12372a;color:#6ee7a8}.chain.bad{background:#4a1515;color:#ffa8a8}
.page{max-width:1320px;margin:0 auto;padding:1.5rem}
.page>.card,.page>.grid{margin-bottom:1rem}
.page-head{display:flex;align-items:flex-end;justify-content:space-between;gap:1rem;margin-bottom:1.1rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:1rem 1.1rem}
.grid{display:grid;gap:1rem}
.cols-2{grid-template-columns:minmax(0,2fr) minmax(0,1fr)}
.stats{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:1rem;margin-bottom:1rem}
.stat{padding:.8rem 1rem}.stat .label{color:var(--muted);font-size:.82rem;text-transform:uppercase;letter-spacing:.04em}
.stat .value{font-size:1.6rem;font-weight:650;margin-top:.1rem;font-variant-numeric:tabular-nums}
.stat.refusals .value{color:var(--bad)}
.filters{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:.7rem .8rem;align-items:end;margin-bottom:1rem}
.filters label{display:flex;flex-direction:column;gap:.25rem;font-size:.8rem;color:var(--muted);font-weight:550}
.filters .wide{grid-column:span 2}
input,select{height:2.3rem}
input,select,textarea{font:inherit;color:var(--ink);background:#fff;border:1px solid var(--line-strong);border-radius:6px;padding:.42rem .55rem;width:100%}
input:focus,select:focus,textarea:focus{outline:2px solid #bac8ff;border-color:var(--accent)}
.actions{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
.button{display:inline-flex;align-items:center;justify-content:center;gap:.35rem;border-radius:6px;padding:.45rem .85rem;font:inherit;font-weight:560;cursor:pointer;border:1px solid var(--line-strong);background:#fff;color:var(--ink)}
.button:hover{text-decoration:none;background:#f2f4f7}
.button.primary{background:var(--accent);border-color:var(--accent);color:var(--accent-ink)}.button.primary:hover{background:#364fc7}
.button.danger{background:var(--bad);border-color:var(--bad);color:#fff}
.table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:var(--radius);background:var(--card)}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th,td{padding:.55rem .75rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
th{font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600;background:#f9fafb}
tbody tr:hover{background:#f8f9fc}tbody tr:last-child td{border-bottom:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.wrap{white-space:normal}
.col-seq{width:4.5rem}.col-time{width:12.25rem}.col-kind{width:7rem}.col-key{width:9rem}.col-route{width:15rem}.col-status{width:11rem}.col-ms{width:6rem}
.pill{display:inline-block;padding:.05rem .5rem;border-radius:999px;font-size:.8rem;font-weight:560;border:1px solid transparent;max-width:100%;overflow:hidden;text-overflow:ellipsis;vertical-align:middle}
.pill.ok{background:var(--ok-tint);color:var(--ok);border-color:#b2f2bb}
.pill.refused{background:var(--bad-tint);color:var(--bad);border-color:#ffc9c9}
.pill.left{background:var(--warn-tint);color:var(--warn);border-color:#ffd8a8}
.pill.admin{background:#f3f0ff;color:#5f3dc4;border-color:#d0bfff}
.pill.neutral{background:#f2f4f7;color:#475467;border-color:var(--line)}
.chips{display:flex;flex-wrap:wrap;gap:.3rem}
.chip{display:inline-flex;align-items:center;gap:.3rem;padding:.05rem .45rem;border-radius:5px;font-size:.78rem;font-weight:560;background:var(--tint);color:var(--ink);border:1px solid var(--edge)}
.chip b{font-weight:700;font-variant-numeric:tabular-nums}
.legend{list-style:none;margin:0;padding:0;display:grid;gap:.35rem}
.legend li{display:grid;grid-template-columns:1rem minmax(0,1fr) auto;align-items:center;gap:.55rem}
.swatch{width:.85rem;height:.85rem;border-radius:3px;background:var(--tint);border:2px solid var(--edge)}
.legend .count{font-variant-numeric:tabular-nums;font-weight:600}
.legend .bar-svg{grid-column:2/4;color:var(--edge);opacity:.8;display:block}
.pager{display:flex;justify-content:space-between;align-items:center;margin-top:.8rem}
.meta{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:.8rem 1.2rem;margin:0}
.meta div{min-width:0}.meta dt{font-size:.78rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.meta dd{margin:.1rem 0 0;overflow-wrap:anywhere}
.transcript{display:grid;gap:.75rem}
.turn{border:1px solid var(--line);border-radius:var(--radius);overflow:hidden}
.turn header{padding:.35rem .75rem;background:#f9fafb;border-bottom:1px solid var(--line);font-size:.8rem;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.turn pre{margin:0;padding:.7rem .8rem;white-space:pre-wrap;overflow-wrap:anywhere;font-family:inherit;font-size:.95rem;line-height:1.6}
.turn pre.code,.raw pre{font-family:var(--mono);font-size:.85rem;line-height:1.55}
mark.ph{font-family:var(--mono);font-size:.86em;background:var(--tint);color:var(--ink);border:1px solid var(--edge);border-bottom-width:2px;border-radius:4px;padding:0 .2rem;font-weight:600}
details.raw{margin-top:.75rem}details.raw summary{cursor:pointer;color:var(--muted);font-weight:550}
.notice{padding:.75rem 1rem;border-radius:var(--radius);border:1px solid;margin-bottom:1rem}
.notice.bad{background:var(--bad-tint);border-color:#ffc9c9;color:#8a1c1c}
.notice.ok{background:var(--ok-tint);border-color:#b2f2bb;color:#1e6b2f}
.notice.warn{background:var(--warn-tint);border-color:#ffd8a8;color:#7a3e00}
.revealed{font-family:var(--mono);font-size:1.05rem;font-weight:650;background:#fff;border:1px dashed var(--bad);border-radius:6px;padding:.15rem .5rem}
.reveal-form{display:grid;gap:.6rem}
.reveal-form label{display:grid;gap:.25rem;font-size:.82rem;color:var(--muted);font-weight:550}
.signin{min-height:100vh;display:grid;place-items:center;padding:1.5rem}
.signin .card{width:min(26rem,100%);padding:1.6rem 1.7rem}
.signin form{display:grid;gap:.9rem;margin-top:1.1rem}
.signin label{display:grid;gap:.3rem;font-weight:550;font-size:.86rem}
.signin .brand{color:var(--ink);font-size:1.1rem}.signin .brand span{color:var(--muted)}
.chart svg{display:block;width:100%;height:auto}
.chart-legend{display:flex;gap:1rem;font-size:.82rem;color:var(--muted);margin-bottom:.4rem}
.chart-legend span::before{content:"";display:inline-block;width:.7rem;height:.7rem;border-radius:2px;margin-right:.35rem;vertical-align:-.05rem;background:var(--c)}
.chart-legend .redactions{--c:#4c6ef5}.chart-legend .refusals{--c:#fa5252}
.empty{padding:2.5rem;text-align:center;color:var(--muted)}
.section-title{margin:1.4rem 0 .6rem}
.caption{font-size:.84rem;margin:0 0 .45rem .1rem}
@media (max-width:1100px){.filters{grid-template-columns:repeat(3,minmax(0,1fr))}.cols-2{grid-template-columns:1fr}.meta{grid-template-columns:repeat(2,minmax(0,1fr))}.col-route{width:11rem}}
${entityColorRules()}
`;
