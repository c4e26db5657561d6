package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/matchpoint/matchpoint/domain"
)

const importColumns = `id, tenant_id, kind, file_name, mapping, status, dry_run, rows_total, rows_done, created, updated, skipped,
	unchanged, report, created_by, created_at, updated_at`

// importReport is how an import's problems and warnings are kept.
type importReport struct {
	Problems []domain.RowProblem `json:"problems,omitempty"`
	Warnings []domain.RowProblem `json:"warnings,omitempty"`
}

func scanImport(row interface{ Scan(...any) error }) (domain.Import, error) {
	var im domain.Import
	var mapping, report string
	err := row.Scan(&im.ID, &im.TenantID, &im.Kind, &im.FileName, &mapping, &im.Status, &im.DryRun, &im.RowsTotal, &im.RowsDone,
		&im.Created, &im.Updated, &im.Skipped, &im.Unchanged, &report, &im.CreatedBy, &im.CreatedAt, &im.UpdatedAt)
	if err != nil {
		return im, translate(err)
	}
	if mapping != "" {
		if err := json.Unmarshal([]byte(mapping), &im.Mapping); err != nil {
			return im, fmt.Errorf("import %d mapping: %w", im.ID, err)
		}
	}
	if report != "" {
		var r importReport
		if err := json.Unmarshal([]byte(report), &r); err != nil {
			return im, fmt.Errorf("import %d report: %w", im.ID, err)
		}
		im.Problems, im.Warnings = r.Problems, r.Warnings
	}
	return im, nil
}

// CreateImport stores an uploaded spreadsheet.
func (s *Store) CreateImport(ctx context.Context, im *domain.Import, content []byte) (err error) {
	defer domain.Wrap(&err, "store.CreateImport")
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	im.TenantID, im.CreatedAt, im.UpdatedAt = tid, s.now(), s.now()
	mapping, err := json.Marshal(im.Mapping)
	if err != nil {
		return err
	}
	return translate(s.w.QueryRowContext(ctx, `INSERT INTO imports (tenant_id, kind, file_name, content, mapping, status, rows_total,
		created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
		tid, im.Kind, im.FileName, content, string(mapping), im.Status, im.RowsTotal, im.CreatedBy, im.CreatedAt, im.UpdatedAt).Scan(&im.ID))
}

// Import returns one import of the tenant.
func (s *Store) Import(ctx context.Context, id domain.ID) (_ domain.Import, err error) {
	defer domain.Wrap(&err, "store.Import(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Import{}, err
	}
	return scanImport(s.r.QueryRowContext(ctx, `SELECT `+importColumns+` FROM imports WHERE tenant_id = $1 AND id = $2`, tid, id))
}

// Imports lists the tenant's imports, newest first.
func (s *Store) Imports(ctx context.Context, limit int) (_ []domain.Import, err error) {
	defer domain.Wrap(&err, "store.Imports")
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+importColumns+` FROM imports WHERE tenant_id = $1 ORDER BY id DESC LIMIT $2`, tid, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Import
	for rows.Next() {
		im, err := scanImport(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, im)
	}
	return out, rows.Err()
}

// ImportContent returns the uploaded file of an import (empty once done).
func (s *Store) ImportContent(ctx context.Context, id domain.ID) (_ []byte, err error) {
	defer domain.Wrap(&err, "store.ImportContent(%d)", id)
	tid, err := tenant(ctx)
	if err != nil {
		return nil, err
	}
	var b []byte
	err = s.r.QueryRowContext(ctx, `SELECT content FROM imports WHERE tenant_id = $1 AND id = $2`, tid, id).Scan(&b)
	return b, translate(err)
}

// SaveImport writes an import's mapping, status, counts and report; with
// dropContent the uploaded file is emptied.
func (s *Store) SaveImport(ctx context.Context, im *domain.Import, dropContent bool) (err error) {
	defer domain.Wrap(&err, "store.SaveImport(%d)", im.ID)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	mapping, err := json.Marshal(im.Mapping)
	if err != nil {
		return err
	}
	report, err := json.Marshal(importReport{Problems: im.Problems, Warnings: im.Warnings})
	if err != nil {
		return err
	}
	im.UpdatedAt = s.now()
	drop := ""
	if dropContent {
		drop = ", content = $15"
	}
	args := []any{tid, im.ID, string(mapping), im.Status, im.DryRun, im.RowsTotal, im.RowsDone, im.Created, im.Updated, im.Skipped,
		string(report), im.UpdatedAt, im.Kind, im.Unchanged}
	if dropContent {
		args = append(args, []byte{})
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE imports SET mapping = $3, status = $4, dry_run = $5, rows_total = $6, rows_done = $7,
		created = $8, updated = $9, skipped = $10, report = $11, updated_at = $12, unchanged = $14`+drop+` WHERE tenant_id = $1 AND id = $2 AND kind = $13`, args...))
}

// externalTables are the tables whose records carry an external id, by
// the kind of import.
var externalTables = map[domain.ImportKind]string{
	domain.ImportCandidates: "candidates", domain.ImportCompanies: "companies",
	domain.ImportContacts: "contacts", domain.ImportVacancies: "vacancies",
}

// IDByExternalID finds the tenant's record of a kind by its external id.
func (s *Store) IDByExternalID(ctx context.Context, kind domain.ImportKind, ext string) (_ domain.ID, err error) {
	defer domain.Wrap(&err, "store.IDByExternalID(%s)", kind)
	tid, err := tenant(ctx)
	if err != nil {
		return 0, err
	}
	table, ok := externalTables[kind]
	if !ok || ext == "" {
		return 0, domain.NotFound("record")
	}
	var id domain.ID
	err = s.r.QueryRowContext(ctx, `SELECT id FROM `+table+` WHERE tenant_id = $1 AND external_id = $2 AND external_id <> ''`, tid, ext).Scan(&id)
	return id, translate(err)
}

// SetExternalID records the external id of one of the tenant's records.
func (s *Store) SetExternalID(ctx context.Context, kind domain.ImportKind, id domain.ID, ext string) (err error) {
	defer domain.Wrap(&err, "store.SetExternalID(%s %d)", kind, id)
	tid, err := tenant(ctx)
	if err != nil {
		return err
	}
	table, ok := externalTables[kind]
	if !ok {
		return domain.NotFound("record")
	}
	return expectOne(s.w.ExecContext(ctx, `UPDATE `+table+` SET external_id = $1 WHERE tenant_id = $2 AND id = $3`, ext, tid, id))
}

// CompanyIDByName finds a company of the tenant by its name, however cased.
func (s *Store) CompanyIDByName(ctx context.Context, name string) (_ domain.ID, err error) {
	defer domain.Wrap(&err, "store.CompanyIDByName")
	tid, err := tenant(ctx)
	if err != nil {
		return 0, err
	}
	// The name as written first, on the name index the company list walks;
	// then however cased, over the agency's companies (an index on
	// lower(name) made SQLite sort the company list).
	var id domain.ID
	err = translate(s.r.QueryRowContext(ctx, `SELECT id FROM companies WHERE tenant_id = $1 AND name = $2 ORDER BY id LIMIT 1`,
		tid, name).Scan(&id))
	if domain.KindOf(err) != domain.KindNotFound {
		return id, err
	}
	err = s.r.QueryRowContext(ctx, `SELECT id FROM companies WHERE tenant_id = $1 AND lower(name) = lower($2) ORDER BY id LIMIT 1`,
		tid, name).Scan(&id)
	return id, translate(err)
}
