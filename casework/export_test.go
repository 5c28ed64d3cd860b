package casework

// RecordOf returns a record of kind k with the given outcome and flags
// bytes, whatever they hold, so that tests reach every combination the
// tallies read, including those no case compacts to.
func RecordOf(k Kind, outcome, flags uint8) Record {
	return Record{kind: k, outcome: outcome, flags: flags}
}

// The lengths from which AddRecords changes how it counts.
const (
	SplitMin = splitMin
	JointMin = jointMin
)
