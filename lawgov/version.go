package lawgov

// Version is the version of this module, recorded in the [Provenance] of
// results so that a published figure can be re-derived with the same code.
const Version = "0.2.0"
