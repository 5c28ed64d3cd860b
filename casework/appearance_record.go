package casework

import "github.com/fazhi-go/fazhi/lawgov"

// RecordAppearance is like Record for an instance whose hearings are kept
// only as the two facts [Litigation.Appearance] reports, as a case table
// stores them: heard (at least one court hearing) and appeared (a
// qualifying responsible person with valid proof of identity attended
// one, 出庭应诉规定 第二、六、七条). l.Hearings must be empty, and appeared
// requires heard. As with Record, a pending instance counts neither.
func (l Litigation) RecordAppearance(unit UnitID, heard, appeared bool) (Record, error) {
	var fields []lawgov.FieldError
	if len(l.Hearings) > 0 {
		fields = append(fields, lawgov.FieldError{Field: "hearings", Rule: "excluded_with", Param: "heard",
			Msg: "give the hearings or the heard and appeared facts, not both"})
	}
	if appeared && !heard {
		fields = append(fields, lawgov.FieldError{Field: "appeared", Rule: "required_with", Param: "heard",
			Msg: "an appearance needs a hearing"})
	}
	if len(fields) > 0 {
		return Record{}, lawgov.NewInvalidInputError("Litigation", fields...)
	}
	r, err := l.Record(unit)
	if err != nil || !r.IsConcluded() {
		return r, err
	}
	if heard {
		r.flags |= flagHeard
	}
	if appeared {
		r.flags |= flagAppeared
	}
	return r, nil
}
