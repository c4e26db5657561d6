package domain

import (
	"slices"
	"strings"
)

// NameKind is a kind of record whose name an agency configures and may
// translate (issue 15): the name on the record is the agency's default, and
// each language may have its own.
type NameKind string

// The kinds of translatable names.
const (
	NamePhase           NameKind = "phase"
	NameProcedure       NameKind = "procedure"
	NameCandidateStatus NameKind = "candidate_status"
	NameDeclarationType NameKind = "declaration_type"
	NameAttachmentType  NameKind = "attachment_type"
	NameSource          NameKind = "source"
	NameGroup           NameKind = "group"
	NameRelation        NameKind = "relation"
	NameDashboardBlock  NameKind = "dashboard_block"
	NameReport          NameKind = "report"
)

// NameKinds lists every kind of translatable name.
var NameKinds = []NameKind{NamePhase, NameProcedure, NameCandidateStatus, NameDeclarationType, NameAttachmentType,
	NameSource, NameGroup, NameRelation, NameDashboardBlock, NameReport}

// Valid reports whether k is a kind of translatable name.
func (k NameKind) Valid() bool { return slices.Contains(NameKinds, k) }

// Names are an agency's translated names: kind -> record -> language -> name.
type Names map[NameKind]map[ID]map[string]string

// Name is the record's name in lang, else fallback (the record's own name).
func (n Names) Name(kind NameKind, id ID, lang, fallback string) string {
	if s := n[kind][id][lang]; s != "" {
		return s
	}
	return fallback
}

// NameTranslations are the names of one record per language; an empty name
// means none in that language.
type NameTranslations map[string]string

// Validate checks the languages and the length of each name, and trims them.
func (t NameTranslations) Validate() error {
	var v Validator
	for lang, name := range t {
		field := "name_" + lang
		v.Check(ValidLanguage(lang), field, "validation.choice")
		name = strings.TrimSpace(name)
		v.PlainText(name, field)
		v.MaxLen(name, 200, field)
		t[lang] = name
	}
	return v.Err()
}
