package lawgov

// Version is the release of this module, in semantic-versioning form
// without the leading "v" that the Git tag carries (tag v0.1.0 for
// Version "0.1.0"). Reports and exported data name it as their provenance,
// next to [CalendarDataVersion], so a reader can tell which rules computed
// a figure. CHANGELOG.md describes each release.
const Version = "0.1.0"
