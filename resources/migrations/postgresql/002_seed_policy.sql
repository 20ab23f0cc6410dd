-- Default numbers of the domain rules, as editable data.
INSERT INTO tier_defaults VALUES ('platinum', 1, 5000, 1000000, 2000000, 0.999, 'dedicated', 2555, 2500000);
INSERT INTO tier_defaults VALUES ('gold',     2, 1000,  100000, 1440000, 0.995, 'premium',   365, 1000000);
INSERT INTO tier_defaults VALUES ('silver',   3,  250,   50000,  720000, 0.99,  'standard',  180,  400000);
INSERT INTO tier_defaults VALUES ('bronze',   4,   50,   10000,  144000, 0.98,  'basic',      90,  100000);

INSERT INTO policies (name, document) VALUES ('health', '{
  "rules": [
    {"signal": "latency_p95_ms",      "direction": "above", "threshold": 500,  "per": 100,  "points": 10, "cap": 30},
    {"signal": "error_rate",          "direction": "above", "threshold": 0.01, "per": 0.01, "points": 20, "cap": 40},
    {"signal": "success_rate",        "direction": "below", "threshold": 0.95, "per": 0.01, "points": 3,  "cap": 30},
    {"signal": "storage_utilisation", "direction": "above", "threshold": 0.90, "per": 0,    "points": 20, "cap": 20}
  ],
  "bands": {"healthy": 70, "warning": 50}
}');
INSERT INTO policies (name, document) VALUES ('flags', '{"stale_after_days": 90}');
