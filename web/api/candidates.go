package api

import (
	"net/http"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/web/kit"
)

// Candidate is a professional (A1).
type Candidate struct {
	ID               domain.ID `json:"id" readonly:"true"`
	OwnerID          domain.ID `json:"owner_id" doc:"recruiter who owns the record"`
	StatusID         domain.ID `json:"status_id"`
	FirstName        string    `json:"first_name"`
	LastName         string    `json:"last_name"`
	Email            string    `json:"email"`
	Phone            string    `json:"phone"`
	DateOfBirth      *string   `json:"date_of_birth" format:"date"`
	Street           string    `json:"street"`
	PostalCode       string    `json:"postal_code"`
	City             string    `json:"city"`
	Country          string    `json:"country"`
	Language         string    `json:"language" doc:"nl, en, de or fr"`
	Headline         string    `json:"headline"`
	Summary          string    `json:"summary"`
	AvailableFrom    *string   `json:"available_from" format:"date"`
	AvailableHours   int       `json:"available_hours" doc:"hours per week"`
	AvailabilityNote string    `json:"availability_note"`
	Restricted       bool      `json:"restricted" readonly:"true" doc:"the candidate restricted processing (GDPR art. 18): the record cannot be changed"`
	StatusName       string    `json:"status_name" readonly:"true"`
	OwnerName        string    `json:"owner_name" readonly:"true"`
	CreatedAt        time.Time `json:"created_at" readonly:"true"`
	UpdatedAt        time.Time `json:"updated_at" readonly:"true"`
	// PossibleDuplicates are filled when one candidate is answered (created
	// or read), not in lists.
	PossibleDuplicates []Duplicate `json:"possible_duplicates,omitempty" readonly:"true" doc:"other candidates that may be the same person, with the evidence; only on a single candidate"`
}

// Duplicate is another candidate that may be the same person.
type Duplicate struct {
	CandidateID domain.ID `json:"candidate_id"`
	Name        string    `json:"name"`
	Reasons     []string  `json:"reasons" doc:"email, phone, name_birth_date, name_postcode or similar_name_city"`
}

func duplicatesOut(list []domain.Duplicate) []Duplicate {
	out := make([]Duplicate, 0, len(list))
	for _, d := range list {
		dup := Duplicate{CandidateID: d.Candidate.ID, Name: d.Candidate.Name()}
		for _, r := range d.Reasons {
			dup.Reasons = append(dup.Reasons, string(r))
		}
		out = append(out, dup)
	}
	return out
}

func candidateOut(c domain.Candidate) Candidate {
	return Candidate{ID: c.ID, OwnerID: c.OwnerID, StatusID: c.StatusID, FirstName: c.FirstName, LastName: c.LastName,
		Email: c.Email, Phone: c.Phone, DateOfBirth: date(c.DateOfBirth), Street: c.Street, PostalCode: c.PostalCode,
		City: c.City, Country: c.Country, Language: c.Language, Headline: c.Headline, Summary: c.Summary,
		AvailableFrom: date(c.AvailableFrom), AvailableHours: c.AvailableHours, AvailabilityNote: c.AvailabilityNote,
		Restricted: c.Restricted || c.Objected || c.AnonymisedAt != nil, StatusName: c.StatusName, OwnerName: c.OwnerName,
		CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt}
}

// apply copies the writable fields onto c and validates the result.
func (in Candidate) apply(c *domain.Candidate) error {
	var v domain.Validator
	c.OwnerID, c.StatusID, c.FirstName, c.LastName, c.Email, c.Phone = in.OwnerID, in.StatusID, in.FirstName, in.LastName, in.Email, in.Phone
	c.DateOfBirth = parseDate(&v, in.DateOfBirth, "date_of_birth")
	c.Street, c.PostalCode, c.City, c.Country, c.Language = in.Street, in.PostalCode, in.City, in.Country, in.Language
	c.Headline, c.Summary = in.Headline, in.Summary
	c.AvailableFrom = parseDate(&v, in.AvailableFrom, "available_from")
	c.AvailableHours, c.AvailabilityNote = in.AvailableHours, in.AvailabilityNote
	return check(&v, c.Validate())
}

func (a *App) candidateList(w http.ResponseWriter, r *http.Request) error {
	q := newQuery(r)
	f := store.CandidateFilter{Query: q.String("q"), OwnerID: q.ID("owner_id"), StatusID: q.ID("status_id")}
	f.Limit, f.Offset = q.Page()
	if err := q.Err(); err != nil {
		return err
	}
	cs, more, err := a.Store.Candidates(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list(cs, more, f.Offset, candidateOut))
	return nil
}

func (a *App) candidateGet(w http.ResponseWriter, r *http.Request) error {
	id, err := kit.PathID(r, "id")
	if err != nil {
		return err
	}
	return a.candidateAnswer(w, r, http.StatusOK, id)
}

func (a *App) candidateCreate(w http.ResponseWriter, r *http.Request) error {
	var in Candidate
	if err := decode(w, r, &in); err != nil {
		return err
	}
	var c domain.Candidate
	if in.Language == "" {
		in.Language = "en"
	}
	if err := in.apply(&c); err != nil {
		return err
	}
	if err := a.Svc.CreateCandidate(r.Context(), actor(r), &c); err != nil {
		return err
	}
	return a.candidateAnswer(w, r, http.StatusCreated, c.ID)
}

func (a *App) candidateUpdate(w http.ResponseWriter, r *http.Request) error {
	c, err := kit.PathRecord(r, "id", a.Store.Candidate)
	if err != nil {
		return err
	}
	in := candidateOut(c)
	if err := decode(w, r, &in); err != nil {
		return err
	}
	if err := in.apply(&c); err != nil {
		return err
	}
	if err := a.Svc.UpdateCandidate(r.Context(), actor(r), &c); err != nil {
		return err
	}
	return a.candidateAnswer(w, r, http.StatusOK, c.ID)
}

// candidateAnswer answers the record as stored, with its joined names.
func (a *App) candidateAnswer(w http.ResponseWriter, r *http.Request, status int, id domain.ID) error {
	c, err := a.Store.Candidate(r.Context(), id)
	if err != nil {
		return err
	}
	out := candidateOut(c)
	dups, err := a.Svc.CandidateDuplicates(r.Context(), id)
	if err != nil {
		return err
	}
	out.PossibleDuplicates = duplicatesOut(dups) // issue 16
	writeJSON(w, status, out)
	return nil
}
