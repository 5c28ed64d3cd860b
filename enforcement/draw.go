package enforcement

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fazhi-go/fazhi/lawgov"
)

// Target is an inspection target (检查对象) on the roster (名录库). Unit, if
// set, is the body the target belongs to or is supervised by: inspectors of
// that unit have a conflict of interest with it. The ID, name and unit are
// all in the draw's digest. The zero Target has an empty ID, which Draw
// rejects.
type Target struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	Unit string `json:"unit,omitempty"`
}

// Inspector is an officer in a draw's pool: one who can enforce in the
// draw's field and region on its date. [Registry.Draw] builds the pool; the
// zero Inspector does not occur in it.
type Inspector struct {
	ID   string `json:"id"`
	Unit string `json:"unit"`
}

// Conflict is a declared relationship (利害关系) between an officer and a
// target: the officer is never drawn for that target. The zero Conflict
// names no officer and excludes no one.
type Conflict struct {
	Officer string `json:"officer"`
	Target  string `json:"target"`
}

// DrawRequest asks for a 双随机 draw (随机抽取检查对象、随机选派执法检查人员,
// 优化营商环境条例 第五十四条). Exactly one of Count and Ratio is set.
// The zero DrawRequest draws no targets from an empty roster.
type DrawRequest struct {
	Seed      uint64      // published before the draw, so anyone can re-run it
	Date      lawgov.Date // inspectors must be able to enforce on this day
	Field     string
	Region    string
	Targets   []Target    // the roster, in any order
	Count     int         // number of targets to draw
	Ratio     lawgov.Rate // share of the roster to draw, rounded up (exact fraction)
	PerTarget int         // inspectors per target; defaults to 2 and may not be less
	Conflicts []Conflict  // declared relationships, in any order
}

// Assignment is one drawn target with its inspectors, sorted by ID. The
// zero Assignment has no target and no inspectors.
type Assignment struct {
	Target     string   `json:"target"`
	Inspectors []string `json:"inspectors"`
}

// DrawResult is a reproducible draw: the canonical inputs (sorted), the seed,
// the rule set, the SHA-256 digest of the inputs and the assignments sorted
// by target ID. [Verify] re-runs it from these fields alone.
//
// The zero DrawResult is not a draw: Verify rejects it.
type DrawResult struct {
	Seed        uint64       `json:"seed"`
	RuleSet     string       `json:"rule_set"`
	Date        lawgov.Date  `json:"date"`
	Field       string       `json:"field"`
	Region      string       `json:"region"`
	Count       int          `json:"count"`
	PerTarget   int          `json:"per_target"`
	Targets     []Target     `json:"targets"`
	Pool        []Inspector  `json:"pool"`
	Conflicts   []Conflict   `json:"conflicts"`
	Digest      string       `json:"digest"` // hex SHA-256 of the canonical inputs
	Assignments []Assignment `json:"assignments"`
}

// Draw draws targets from the roster and, for each, PerTarget inspectors
// from the officers of the registry who can enforce in the request's field
// and region on its date (行政处罚法 第四十二条: at least two), excluding
// officers of the target's unit and declared conflicts.
//
// The draw is a pure function of the canonical inputs and the seed: the
// roster, pool and conflicts are sorted by ID, encoded and hashed with
// SHA-256; a ChaCha8 generator (math/rand/v2, the C2SP chacha8rand
// algorithm, whose output is fixed across Go releases) is keyed with
// SHA-256(digest ‖ seed); indices are drawn by partial Fisher–Yates with
// unbiased rejection sampling implemented here. So the same inputs in any
// order give the same result on any platform.
func (r *Registry) Draw(req DrawRequest) (DrawResult, error) {
	per := req.PerTarget
	if per == 0 {
		per = 2
	}
	if per < 2 {
		return DrawResult{}, fmt.Errorf("enforcement: draw %d inspectors per target: want at least 2", per)
	}
	n := len(req.Targets)
	k := req.Count
	switch {
	case k != 0 && !req.Ratio.IsUndefined():
		return DrawResult{}, fmt.Errorf("enforcement: draw %q: set either a count or a ratio", req.Field)
	case !req.Ratio.IsUndefined():
		num, den := req.Ratio.Num, req.Ratio.Den
		if num < 0 || den < 0 || num > den {
			return DrawResult{}, fmt.Errorf("enforcement: draw ratio %q: want 0 ≤ ratio ≤ 1", req.Ratio.String())
		}
		hi, lo := bits.Mul64(uint64(n), uint64(num))
		if hi != 0 {
			return DrawResult{}, fmt.Errorf("enforcement: draw ratio %q: roster too large", req.Ratio.String())
		}
		k = int((lo + uint64(den) - 1) / uint64(den))
	}
	if k < 0 || k > n {
		return DrawResult{}, fmt.Errorf("enforcement: draw %d targets: roster has %d", k, n)
	}
	res := DrawResult{Seed: req.Seed, RuleSet: r.rs.Name, Date: req.Date, Field: req.Field, Region: req.Region,
		Count: k, PerTarget: per, Targets: slices.Clone(req.Targets), Conflicts: slices.Clone(req.Conflicts)}

	pool, err := r.pool(req.Date, req.Field, req.Region)
	if err != nil {
		return DrawResult{}, err
	}
	res.Pool = pool
	if err := res.run(); err != nil {
		return DrawResult{}, err
	}
	return res, nil
}

// pool returns the officers who can enforce in field and region on date,
// in registry order.
func (r *Registry) pool(date lawgov.Date, field, region string) ([]Inspector, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var pool []Inspector
	var st Status
	var buf []Event
	for i := range r.officers.len() {
		rec := r.officers.at(i)
		o := rec.o
		buf = rec.h.expand(buf[:0])
		o.History = buf
		ok, err := r.rs.canEnforce(&o, date, field, region, &st)
		if err != nil {
			return nil, fmt.Errorf("enforcement: draw %q: %w", field, err)
		}
		if ok {
			pool = append(pool, Inspector{ID: o.ID, Unit: o.Unit})
		}
	}
	return pool, nil
}

// VerifyDraw verifies res against the registry: the rule set must be the
// registry's, the pool must be exactly the officers who could enforce in
// the draw's field and region on its date as the registry now records them,
// and the draw must re-run to the same digest and assignments ([Verify]).
// So a pool forged with a recomputed digest is rejected, and so is a draw
// whose pool no longer matches the registry because events dated on or
// before the draw date were recorded since (a back-dated suspension, say):
// the error names the officers that differ.
func (r *Registry) VerifyDraw(res DrawResult) error {
	if res.RuleSet != r.rs.Name {
		return fmt.Errorf("enforcement: verify draw %q: taken under rule set %q, registry uses %q", res.Digest, res.RuleSet, r.rs.Name)
	}
	want, err := r.pool(res.Date, res.Field, res.Region)
	if err != nil {
		return err
	}
	byID := func(a, b Inspector) int { return strings.Compare(a.ID, b.ID) }
	slices.SortFunc(want, byID)
	got := slices.Clone(res.Pool)
	slices.SortFunc(got, byID)
	var extra, missing []string
	i, j := 0, 0
	for i < len(got) || j < len(want) {
		switch {
		case j == len(want) || (i < len(got) && got[i].ID < want[j].ID):
			extra = append(extra, got[i].ID)
			i++
		case i == len(got) || want[j].ID < got[i].ID:
			missing = append(missing, want[j].ID)
			j++
		default:
			if got[i].Unit != want[j].Unit {
				extra = append(extra, got[i].ID+"（单位 "+got[i].Unit+"，信息库为 "+want[j].Unit+"）")
			}
			i++
			j++
		}
	}
	if len(extra) > 0 || len(missing) > 0 {
		return fmt.Errorf("enforcement: verify draw %q: pool differs from the registry as of %s: not eligible or changed %v, eligible but missing %v",
			res.Digest, res.Date, extra, missing)
	}
	return Verify(res)
}

// Verify re-runs a draw from the inputs recorded in res and reports an error
// unless the digest and every assignment are reproduced. It checks the draw
// against itself only: use [Registry.VerifyDraw] to check its pool against
// the registry.
func Verify(res DrawResult) error {
	again := DrawResult{Seed: res.Seed, RuleSet: res.RuleSet, Date: res.Date, Field: res.Field, Region: res.Region,
		Count: res.Count, PerTarget: res.PerTarget, Targets: slices.Clone(res.Targets), Pool: slices.Clone(res.Pool),
		Conflicts: slices.Clone(res.Conflicts)}
	if err := again.run(); err != nil {
		return fmt.Errorf("enforcement: verify draw %q: %w", res.Digest, err)
	}
	if again.Digest != res.Digest {
		return fmt.Errorf("enforcement: verify draw %q: inputs hash to %q", res.Digest, again.Digest)
	}
	if len(again.Assignments) != len(res.Assignments) {
		return fmt.Errorf("enforcement: verify draw %q: %d assignments, re-run gives %d", res.Digest, len(res.Assignments), len(again.Assignments))
	}
	for i, a := range again.Assignments {
		b := res.Assignments[i]
		if a.Target != b.Target || !slices.Equal(a.Inspectors, b.Inspectors) {
			return fmt.Errorf("enforcement: verify draw %q: assignment %d is %s %v, re-run gives %s %v", res.Digest, i, b.Target, b.Inspectors, a.Target, a.Inspectors)
		}
	}
	return nil
}

// run canonicalises res's inputs, computes the digest and draws.
func (res *DrawResult) run() error {
	slices.SortFunc(res.Targets, func(a, b Target) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(res.Pool, func(a, b Inspector) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(res.Conflicts, func(a, b Conflict) int {
		if c := strings.Compare(a.Officer, b.Officer); c != 0 {
			return c
		}
		return strings.Compare(a.Target, b.Target)
	})
	res.Conflicts = slices.Compact(res.Conflicts)
	for _, t := range res.Targets {
		if t.ID == "" {
			return fmt.Errorf("enforcement: draw target %q: empty ID", t.Name)
		}
		if !utf8.ValidString(t.ID) || !utf8.ValidString(t.Name) || !utf8.ValidString(t.Unit) {
			return fmt.Errorf("enforcement: draw target %q: not valid UTF-8", t.ID)
		}
	}
	for _, c := range res.Conflicts {
		if !utf8.ValidString(c.Officer) || !utf8.ValidString(c.Target) {
			return fmt.Errorf("enforcement: draw conflict %q/%q: not valid UTF-8", c.Officer, c.Target)
		}
	}
	if !utf8.ValidString(res.Field) || !utf8.ValidString(res.Region) {
		return fmt.Errorf("enforcement: draw %q: field or region is not valid UTF-8", res.Field)
	}
	for i := 1; i < len(res.Targets); i++ {
		if res.Targets[i].ID == res.Targets[i-1].ID {
			return fmt.Errorf("enforcement: draw target %q: duplicate ID", res.Targets[i].ID)
		}
	}
	for i := 1; i < len(res.Pool); i++ {
		if res.Pool[i].ID == res.Pool[i-1].ID {
			return fmt.Errorf("enforcement: draw inspector %q: duplicate ID", res.Pool[i].ID)
		}
	}
	if res.Count < 0 || res.Count > len(res.Targets) || res.PerTarget < 2 {
		return fmt.Errorf("enforcement: draw %d targets with %d inspectors each from %d: out of range", res.Count, res.PerTarget, len(res.Targets))
	}
	sum := res.digest()
	res.Digest = hex.EncodeToString(sum[:])
	var key [40]byte
	copy(key[:], sum[:])
	binary.BigEndian.PutUint64(key[32:], res.Seed)
	rng := rand.NewChaCha8(sha256.Sum256(key[:]))

	idx := make([]int, len(res.Targets))
	for i := range idx {
		idx[i] = i
	}
	partialShuffle(rng, idx, res.Count)
	conflict := make(map[Conflict]bool, len(res.Conflicts))
	for _, c := range res.Conflicts {
		conflict[c] = true
	}
	res.Assignments = make([]Assignment, 0, res.Count)
	cand := make([]string, 0, len(res.Pool))
	for _, ti := range idx[:res.Count] {
		t := res.Targets[ti]
		cand = cand[:0]
		for _, in := range res.Pool {
			if (t.Unit != "" && in.Unit == t.Unit) || conflict[Conflict{Officer: in.ID, Target: t.ID}] {
				continue
			}
			cand = append(cand, in.ID)
		}
		if len(cand) < res.PerTarget {
			return fmt.Errorf("enforcement: draw target %q: %d eligible inspectors without conflicts, want %d", t.ID, len(cand), res.PerTarget)
		}
		partialShuffle(rng, cand, res.PerTarget)
		ins := slices.Clone(cand[:res.PerTarget])
		slices.Sort(ins)
		res.Assignments = append(res.Assignments, Assignment{Target: t.ID, Inspectors: ins})
	}
	slices.SortFunc(res.Assignments, func(a, b Assignment) int { return strings.Compare(a.Target, b.Target) })
	return nil
}

// digest hashes the canonical inputs: every string length-prefixed, every
// number as 8 bytes big-endian, in a fixed order under a version tag.
func (res *DrawResult) digest() [32]byte {
	h := sha256.New()
	var buf [8]byte
	num := func(v uint64) { binary.BigEndian.PutUint64(buf[:], v); h.Write(buf[:]) }
	str := func(s string) { num(uint64(len(s))); h.Write([]byte(s)) }
	str("fazhi.enforcement.draw/v2")
	str(res.RuleSet)
	str(res.Date.String())
	str(res.Field)
	str(res.Region)
	num(uint64(res.Count))
	num(uint64(res.PerTarget))
	num(uint64(len(res.Targets)))
	for _, t := range res.Targets {
		str(t.ID)
		str(t.Name)
		str(t.Unit)
	}
	num(uint64(len(res.Pool)))
	for _, p := range res.Pool {
		str(p.ID)
		str(p.Unit)
	}
	num(uint64(len(res.Conflicts)))
	for _, c := range res.Conflicts {
		str(c.Officer)
		str(c.Target)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// uniform returns a uniformly distributed integer in [0, n) by rejection:
// values below 2⁶⁴ mod n are discarded so every residue is equally likely.
func uniform(rng *rand.ChaCha8, n uint64) uint64 {
	threshold := -n % n
	for {
		if x := rng.Uint64(); x >= threshold {
			return x % n
		}
	}
}

// partialShuffle moves a uniform random k-subset of s, in random order, to
// s[:k] (the first k steps of Fisher–Yates).
func partialShuffle[T any](rng *rand.ChaCha8, s []T, k int) {
	for i := 0; i < k; i++ {
		j := i + int(uniform(rng, uint64(len(s)-i)))
		s[i], s[j] = s[j], s[i]
	}
}
