//! The report writer's charts: present, titled, with one mark per datum, escaped, and scaled so
//! negative values sit below the zero line.
use postpurchase_examples::report_html::*;

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

fn attr(svg: &str, after: &str, name: &str) -> f64 {
    let at = svg.find(after).unwrap();
    let rest = &svg[at..];
    let key = format!("{name}=\"");
    let start = rest.find(&key).unwrap() + key.len();
    let end = start + rest[start..].find('"').unwrap();
    rest[start..end].parse().unwrap()
}

#[test]
fn bar_chart_has_a_title_and_one_mark_per_bar_with_labels_escaped() {
    let data = vec![("does_not_fit".to_string(), 12.0), ("<script>".to_string(), 3.0)];
    let svg = bar_chart("reasons", "Returns by reason", "returns", &data, &|v| format!("{v:.0}"));
    assert!(svg.starts_with("<figure class=\"chart\" id=\"reasons\"><figcaption><h2>Returns by reason</h2>"));
    assert_eq!(count(&svg, "class=\"mark\""), 2);
    assert!(svg.contains("&lt;script&gt;") && !svg.contains("<script>"));
    assert!(svg.contains("width=\"100%\"") && svg.contains("viewBox="));
}

#[test]
fn bar_chart_label_column_fits_the_longest_label() {
    let long = "a very long label that would be cut in a fixed column".to_string();
    let svg = bar_chart("x", "X", "u", &[(long.clone(), 1.0)], &|v| format!("{v}"));
    let bar_x = attr(&svg, "class=\"mark\"", "x");
    assert!(bar_x >= long.len() as f64 * 7.0, "bars start at {bar_x}, after the label");
}

#[test]
fn band_chart_puts_negative_values_below_the_zero_line() {
    let p = |l: &str, v: f64| BandPoint { label: l.into(), value: v, low: v - 5.0, high: v + 5.0 };
    let svg = band_chart("nps", "Monthly NPS", "score", &[p("Jan", 20.0), p("Feb", -10.0), p("Mar", 5.0)]);
    assert_eq!(count(&svg, "class=\"mark\""), 3);
    assert!(svg.contains("class=\"band\""));
    let zero = attr(&svg, "class=\"zero\"", "y1");
    let feb = svg.match_indices("<circle").nth(1).map(|(i, _)| attr(&svg[i..], "<circle", "cy")).unwrap();
    let jan = attr(&svg, "<circle", "cy");
    assert!(feb > zero, "Feb (negative) at {feb} is below the zero line at {zero}");
    assert!(jan < zero, "Jan (positive) at {jan} is above the zero line at {zero}");
}

#[test]
fn stacked_chart_draws_a_segment_per_nonzero_value_and_a_legend() {
    let cats: Vec<String> = ["Jan", "Feb"].iter().map(|s| s.to_string()).collect();
    let series = vec![
        Series { name: "on time".into(), colour: "#3a3".into(), values: vec![10.0, 8.0] },
        Series { name: "late".into(), colour: "#e93".into(), values: vec![2.0, 0.0] },
    ];
    let svg = stacked_chart("delivery", "Deliveries by month", "shipments", &cats, &series);
    assert_eq!(count(&svg, "class=\"mark\""), 3);
    assert!(svg.contains(">on time</text>") && svg.contains(">late</text>"));
}

#[test]
fn page_starts_with_the_marker_and_is_deterministic() {
    let parts = vec![key_figures(&[KeyFigure { label: "Orders".into(), value: "12".into(), note: String::new() }])];
    let a = page("Report & more", &parts);
    assert!(a.starts_with(MARKER));
    assert!(a.contains("<title>Report &amp; more</title>"));
    assert_eq!(a, page("Report & more", &parts));
}
