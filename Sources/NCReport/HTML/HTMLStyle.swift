/// The page's only style sheet, inlined: the file must open anywhere, offline, and fetch nothing.
///
/// It contains no `<` or `&`, so it is also valid XML text and the whole page parses as XML.
enum HTMLStyle {
    /// The CSS.
    static let css = """
    :root { color-scheme: light; }
    body { margin: 0; background: #f5f6f8; color: #222; font: 14px/1.45 \(Palette.fontFamily); }
    main { max-width: 1240px; margin: 0 auto; padding: 20px 24px 48px; }
    h1 { font-size: 24px; margin: 0 0 4px; overflow-wrap: anywhere; }
    h2 { font-size: 19px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #d8dbe0; }
    h3 { font-size: 15px; margin: 22px 0 6px; }
    .meta { color: #555; margin: 0; overflow-wrap: anywhere; }
    .warning { color: #8a3b00; background: #fff4e5; padding: 4px 8px; margin: 6px 0 0; overflow-wrap: anywhere; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; margin: 18px 0; }
    .card { background: #fff; border: 1px solid #dfe2e6; border-radius: 8px; padding: 12px 14px; }
    .card .label { font-size: 12px; color: #555; text-transform: uppercase; letter-spacing: 0.04em; }
    .card .value { font-size: 26px; font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .card .unit { font-size: 14px; font-weight: 400; color: #555; margin-left: 4px; }
    .card .sub { font-size: 12px; color: #555; font-variant-numeric: tabular-nums; }
    .charts { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
    figure { margin: 0; background: #fff; border: 1px solid #dfe2e6; border-radius: 8px; padding: 12px;
      box-sizing: border-box; max-width: 100%; }
    figure h3 { margin: 0 0 8px; }
    figure svg { display: block; max-width: 100%; height: auto; }
    figcaption { font-size: 12px; color: #555; margin-top: 6px; }
    .scroll { overflow-x: auto; margin: 6px 0 14px; }
    table { border-collapse: collapse; background: #fff; font-size: 13px; font-variant-numeric: tabular-nums; }
    th, td { padding: 3px 9px; border-bottom: 1px solid #eceef1; vertical-align: top; }
    th { text-align: left; background: #eef0f3; font-weight: 600; vertical-align: bottom; }
    th.n, td.n { text-align: right; white-space: nowrap; }
    th .unit { font-weight: 400; color: #666; font-size: 11px; }
    td.name { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 12px; white-space: nowrap; }
    tfoot td { font-weight: 600; border-top: 2px solid #c9cdd3; }
    details summary { cursor: pointer; color: #0b5394; margin: 6px 0; }
    ul.notes li { margin: 2px 0; }
    .empty { color: #777; font-style: italic; }
    """
}
