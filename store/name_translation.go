package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// NameTranslations returns all of the agency's translated names (issue 15):
// a short table, read once per page that shows configured names.
func (s *Store) NameTranslations(ctx context.Context) (_ domain.Names, err error) {
	defer domain.Wrap(&err, "store.NameTranslations")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT kind, record_id, lang, name FROM name_translations WHERE tenant_id = $1`, tid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := domain.Names{}
	for rows.Next() {
		var kind domain.NameKind
		var id domain.ID
		var lang, name string
		if err := rows.Scan(&kind, &id, &lang, &name); err != nil {
			return nil, err
		}
		if out[kind] == nil {
			out[kind] = map[domain.ID]map[string]string{}
		}
		if out[kind][id] == nil {
			out[kind][id] = map[string]string{}
		}
		out[kind][id][lang] = name
	}
	return out, rows.Err()
}

// SaveNameTranslations replaces the translated names of one record; an
// empty name removes that language's. The caller checks that the record
// exists in the agency.
func (s *Store) SaveNameTranslations(ctx context.Context, kind domain.NameKind, id domain.ID, names domain.NameTranslations) (err error) {
	defer domain.Wrap(&err, "store.SaveNameTranslations(%s, %d)", kind, id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *Store) error {
		for lang, name := range names {
			if _, err := tx.w.ExecContext(ctx, `DELETE FROM name_translations WHERE tenant_id = $1 AND kind = $2 AND record_id = $3 AND lang = $4`,
				tid, kind, id, lang); err != nil {
				return translate(err)
			}
			if name == "" {
				continue
			}
			if _, err := tx.w.ExecContext(ctx, `INSERT INTO name_translations (tenant_id, kind, record_id, lang, name) VALUES ($1, $2, $3, $4, $5)`,
				tid, kind, id, lang, name); err != nil {
				return translate(err)
			}
		}
		return nil
	})
}

// nameTables are the tables of the kinds of translatable names that are rows.
var nameTables = map[domain.NameKind]string{
	domain.NamePhase: "phases", domain.NameProcedure: "procedures", domain.NameCandidateStatus: "candidate_statuses",
	domain.NameDeclarationType: "declaration_types", domain.NameAttachmentType: "attachment_types",
	domain.NameSource: "sources", domain.NameGroup: "groups", domain.NameRelation: "contact_relations",
}

// NamedRecord returns the own name of the agency's record of kind; a kind
// without rows, or a record of another agency, is not found.
func (s *Store) NamedRecord(ctx context.Context, kind domain.NameKind, id domain.ID) (name string, err error) {
	defer domain.Wrap(&err, "store.NamedRecord(%s, %d)", kind, id)
	tid, err := tenant(ctx)
	if err != nil {
		return "", err
	}
	table, ok := nameTables[kind]
	if !ok {
		return "", domain.NotFound("named record")
	}
	err = s.r.QueryRowContext(ctx, `SELECT name FROM `+table+` WHERE tenant_id = $1 AND id = $2`, tid, id).Scan(&name)
	return name, translate(err)
}
