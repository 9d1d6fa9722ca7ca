// Pollen's patch to FerretDB v1.24.2 (tools/infra/infra.mjs copies this file into
// internal/backends/sqlite and calls it from collection.go's Query).
//
// Upstream, the SQLite backend hands SQLite a WHERE clause only for a filter that is exactly
// {_id: <string or ObjectID>}, and in a form (->'$._id') that its own _id index (->"_id") does not
// serve: every query read and decoded documents in Go before the handler filtered them, so each
// query's cost grew with its collection (docs/performance.md). Here equality ({k: v}, $eq and
// $in) on top-level strings, booleans and ObjectIDs is evaluated by SQLite first,
// in the form the collection's indexes (->"field") serve. The handler still applies the whole
// filter to what comes back, so the clause only has to keep every document that could match: an
// array field is kept too (MongoDB's {k: v} matches an array holding v; JSON arrays, and only
// they, begin with "["), and a string JSON might escape is not pushed down. Which documents match
// does not change; their order without a sort may (an index is walked in its own order), which
// MongoDB never promised either.

package sqlite

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// A key SQLite's JSON path may name without quoting: no dot, no operator, no reserved "$s".
var pollenPlainKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// pollenPlainString is a string sjson writes as it is, so SQLite's -> gives back the same text.
func pollenPlainString(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == '"' || r == '\\' || r == '<' || r == '>' || r == '&' || r == 0x2028 || r == 0x2029 {
			return false
		}
	}

	return true
}

// pollenValue is v as sjson stores it, when v is a value this clause may compare.
func pollenValue(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		if !pollenPlainString(v) {
			return "", false
		}
	case bool, types.ObjectID:
	default:
		return "", false
	}

	return string(must.NotFail(sjson.MarshalSingleValue(v))), true
}

// pollenValues are the values a condition on one field accepts: {k: v}, {k: {$eq: v}} or
// {k: {$in: [v, …]}}.
func pollenValues(condition any) ([]any, bool) {
	if v, ok := pollenValue(condition); ok {
		return []any{v}, true
	}

	operators, ok := condition.(*types.Document)
	if !ok || operators.Len() != 1 {
		return nil, false
	}

	if operators.Has("$eq") {
		v, ok := pollenValue(must.NotFail(operators.Get("$eq")))
		return []any{v}, ok
	}

	if !operators.Has("$in") {
		return nil, false
	}

	// SQLite binds at most 32,766 parameters to a statement; a longer list is filtered in Go.
	in, ok := must.NotFail(operators.Get("$in")).(*types.Array)
	if !ok || in.Len() == 0 || in.Len() > pollenMaxValues {
		return nil, false
	}

	values := make([]any, in.Len())

	for i := range values {
		v, ok := pollenValue(must.NotFail(in.Get(i)))
		if !ok {
			return nil, false
		}

		values[i] = v
	}

	return values, true
}

// pollenMaxValues is the longest $in list pushed down.
const pollenMaxValues = 1000

// pollenWhereClause returns the WHERE clause (empty or starting with a space) and its arguments.
// A filter naming a key twice is left to the handler (Get would panic on it).
func pollenWhereClause(filter *types.Document) (string, []any) {
	if filter.Len() == 0 {
		return "", nil
	}

	if _, duplicated := filter.FindDuplicateKey(); duplicated {
		return "", nil
	}

	var conditions []string
	var args []any

	for _, key := range filter.Keys() {
		if !pollenPlainKey.MatchString(key) {
			continue
		}

		values, ok := pollenValues(must.NotFail(filter.Get(key)))
		if !ok {
			continue
		}

		field := fmt.Sprintf(`%s->'%s'`, metadata.DefaultColumn, key)
		equal := fmt.Sprintf(`%s IN (?%s)`, field, strings.Repeat(`, ?`, len(values)-1))
		args = append(args, values...)

		if key == "_id" {
			conditions = append(conditions, equal)

			continue
		}

		conditions = append(conditions, fmt.Sprintf(`(%s OR (%[2]s >= '[' AND %[2]s < '\'))`, equal, field))
	}

	if len(conditions) == 0 {
		return "", nil
	}

	return ` WHERE ` + strings.Join(conditions, ` AND `), args
}
