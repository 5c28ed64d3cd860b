// Package rulepack reads rule packs (规则包): one data file per jurisdiction
// holding the values the packages of this module take as parameters — the
// days of the major-decision procedure, the normative-document rules, the
// credential rule set, publicity periods, annual-report deadlines, an
// assessment scheme, the rate definitions a jurisdiction reports, the rules
// it switches off — each value with the provision that sets it and the days
// it is in force.
//
// # Format
//
// A pack is a JSON file (the reasons for JSON rather than YAML: no implicit
// typing that turns 「no」 into false or 08 into an error, one standard
// library parser, and byte offsets for line numbers in errors):
//
//	{
//	  "id": "hb-chibi", "name": "赤壁市", "version": "2019.1", "parent": "hb",
//	  "instruments": [{"instrument": "…", "document": "赤政发〔2019〕7号", "version": "2019-07-05"}],
//	  "values": {
//	    "enforcement.change-report": [
//	      {"from": "2019-07-05", "value": {"n": 30, "unit": "calendar_days"},
//	       "basis": {"instrument": "…", "document": "赤政发〔2019〕7号", "version": "2019-07-05", "part": "第(十六)项"}}
//	    ]
//	  }
//	}
//
// Each key of values is a parameter of [Params]; each entry has a value of
// the parameter's [Kind], a basis (a lawgov.Citation in its JSON form), and
// an optional range from/to (both days included; from omitted only where
// the start is not known). [Parse] rejects a pack whole, listing every
// problem with its JSON path and line: unknown keys, a value without a
// citation, overlapping ranges, a period of zero or fewer days.
//
// # Inheritance and dates
//
// A pack may name a parent: a county's pack its province's, a province's
// cn. A [Registry] holds packs whose parents, rules and rate definitions
// exist; [Registry.Resolve] returns the values of a jurisdiction in force
// on one day, each from the nearest pack in the chain that has one in force
// then, naming that pack and the citation. Resolve on the date of the event
// a rule looks at: a value that changes on 2025-01-01 judges a 2024 event by
// the old value; [Registry.ResolveAt] takes a day per parameter.
//
// The adapters that turn a [Resolved] into the Go values of each package
// live in those packages (decision.ProcedureFrom and DocumentRulesFrom,
// enforcement.RuleSetFrom, casework.DefinitionFrom); the lawgov values are
// built here
// ([Resolved.AnnualReportConfig], [Resolved.Scheme]). The package
// lawgov/rulepack/catalogue lists every rule of every package and builds the
// registry of the shipped packs.
//
// This package imports lawgov, shopspring/decimal and the standard library
// only, so that every package of the module can import it.
package rulepack
