package demo

// Word lists the generator draws from. Each language has names, places and
// schools of its own so that a Dutch candidate lives in Utrecht and studied in
// Delft rather than in Lyon.

type locale struct {
	lang       string
	country    string
	phone      string // international prefix of a mobile number
	first      []string
	last       []string
	cities     []string
	streets    []string
	schools    []string
	suffixes   []string // company legal forms
	postalCode func(r randSource) string
}

// randSource is the part of *rand.Rand the word helpers need.
type randSource interface {
	IntN(n int) int
}

var locales = []locale{
	{
		lang: "en", country: "GB", phone: "+44 7",
		first: []string{"Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Noah", "Grace",
			"Charlie", "Emily", "Thomas", "Sophie", "James", "Lily", "William", "Ella", "Henry", "Chloe",
			"Samuel", "Ruby", "Daniel", "Hannah", "Joseph", "Zoe", "Matthew", "Evie", "Lucas", "Freya"},
		last: []string{"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
			"Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
			"Patel", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King"},
		cities:   []string{"London", "Manchester", "Birmingham", "Leeds", "Bristol", "Liverpool", "Sheffield", "Edinburgh", "Glasgow", "Cardiff", "Nottingham", "Cambridge"},
		streets:  []string{"High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane", "Queen Street", "King's Road", "Green Lane", "Manor Way"},
		schools:  []string{"University of Manchester", "University of Leeds", "King's College London", "University of Bristol", "University of Edinburgh", "Open University", "Birmingham City College"},
		suffixes: []string{"Ltd", "plc", "Ltd", "Group"},
		postalCode: func(r randSource) string {
			const letters = "ABCDEFGHJKLMNPRSTUWXYZ"
			return string([]byte{letters[r.IntN(len(letters))], letters[r.IntN(len(letters))], byte('1' + r.IntN(9)), ' ',
				byte('1' + r.IntN(9)), letters[r.IntN(len(letters))], letters[r.IntN(len(letters))]})
		},
	},
	{
		lang: "nl", country: "NL", phone: "+31 6",
		first: []string{"Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Finn", "Tess", "Levi", "Sophie",
			"Bram", "Anna", "Jesse", "Sara", "Thijs", "Fleur", "Ruben", "Lotte", "Milan", "Noor",
			"Jeroen", "Sanne", "Wouter", "Eva", "Stijn", "Femke", "Joost", "Iris", "Pieter", "Maaike"},
		last: []string{"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
			"de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
			"de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "de Haan", "Vermeulen", "van Beek"},
		cities:   []string{"Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen", "Haarlem", "Zwolle"},
		streets:  []string{"Kerkstraat", "Schoolstraat", "Molenweg", "Dorpsstraat", "Stationsweg", "Nieuwstraat", "Julianalaan", "Beatrixstraat", "Parallelweg", "Markt"},
		schools:  []string{"TU Delft", "Universiteit Utrecht", "Universiteit van Amsterdam", "Hogeschool Rotterdam", "Fontys Hogescholen", "Hanzehogeschool Groningen", "ROC Midden Nederland"},
		suffixes: []string{"B.V.", "B.V.", "N.V.", "Groep"},
		postalCode: func(r randSource) string {
			const letters = "ABCDEGHJKLMNPRSTVWXZ"
			n := 1000 + r.IntN(9000)
			return string([]byte{byte('0' + n/1000), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10), ' ',
				letters[r.IntN(len(letters))], letters[r.IntN(len(letters))]})
		},
	},
	{
		lang: "de", country: "DE", phone: "+49 15",
		first: []string{"Lukas", "Mia", "Leon", "Emma", "Finn", "Hannah", "Jonas", "Lea", "Paul", "Lena",
			"Felix", "Marie", "Maximilian", "Laura", "Elias", "Sophia", "Tobias", "Katharina", "Julian", "Anna",
			"Stefan", "Sabine", "Markus", "Julia", "Florian", "Nina", "Sebastian", "Clara", "Moritz", "Jana"},
		last: []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
			"Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
			"Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann"},
		cities:   []string{"Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig", "Dortmund", "Bremen", "Dresden", "Hannover"},
		streets:  []string{"Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße", "Lindenstraße", "Kirchweg", "Waldstraße", "Ringstraße"},
		schools:  []string{"TU München", "RWTH Aachen", "Universität Hamburg", "Humboldt-Universität zu Berlin", "Universität zu Köln", "Hochschule Darmstadt", "Duale Hochschule Stuttgart"},
		suffixes: []string{"GmbH", "GmbH", "AG", "GmbH & Co. KG"},
		postalCode: func(r randSource) string {
			n := 10000 + r.IntN(89999)
			return string([]byte{byte('0' + n/10000), byte('0' + n/1000%10), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
		},
	},
	{
		lang: "fr", country: "FR", phone: "+33 6",
		first: []string{"Gabriel", "Louise", "Raphaël", "Jade", "Léo", "Emma", "Louis", "Alice", "Arthur", "Chloé",
			"Jules", "Léa", "Hugo", "Manon", "Adam", "Camille", "Nathan", "Inès", "Théo", "Sarah",
			"Antoine", "Juliette", "Mathis", "Clémence", "Julien", "Margaux", "Nicolas", "Élise", "Maxime", "Pauline"},
		last: []string{"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
			"Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
			"Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand"},
		cities:   []string{"Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Strasbourg", "Montpellier", "Bordeaux", "Lille", "Rennes", "Grenoble"},
		streets:  []string{"Rue de la République", "Rue Victor Hugo", "Avenue Jean Jaurès", "Rue Pasteur", "Rue du Moulin", "Place de la Gare", "Rue de l'Église", "Boulevard Voltaire", "Rue des Écoles", "Allée des Tilleuls"},
		schools:  []string{"Sorbonne Université", "Université de Lyon", "Sciences Po", "INSA Toulouse", "Université de Bordeaux", "IUT de Nantes", "École Centrale de Lille"},
		suffixes: []string{"SA", "SAS", "SARL", "Groupe"},
		postalCode: func(r randSource) string {
			n := 1000 + r.IntN(94000)
			return string([]byte{byte('0' + n/10000), byte('0' + n/1000%10), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
		},
	},
}

// field is a line of work: the headlines a candidate in it uses, the skills
// it lists and the vacancies clients open for it.
type field struct {
	name      string
	headlines []string
	skills    []string
	degrees   []string
}

var fields = []field{
	{
		name:      "software",
		headlines: []string{"Senior Go Developer", "Full-stack Developer", "Backend Engineer", "DevOps Engineer", "Frontend Developer", "Data Engineer", "QA Engineer", "Cloud Architect"},
		skills:    []string{"Go", "Java", "Python", "TypeScript", "React", "PostgreSQL", "Kubernetes", "Docker", "AWS", "Azure", "Terraform", "Linux", "CI/CD", "REST APIs", "Scrum"},
		degrees:   []string{"BSc Computer Science", "MSc Software Engineering", "BSc Information Technology", "Associate degree Software Development"},
	},
	{
		name:      "finance",
		headlines: []string{"Financial Controller", "Accountant", "Payroll Administrator", "Credit Controller", "Business Analyst", "Tax Advisor"},
		skills:    []string{"Excel", "SAP", "Exact Online", "IFRS", "Bookkeeping", "Payroll", "Budgeting", "Power BI", "Reporting", "VAT", "Audit", "Forecasting"},
		degrees:   []string{"BSc Accountancy", "MSc Finance", "BBA Business Economics", "Certificate Payroll Administration"},
	},
	{
		name:      "healthcare",
		headlines: []string{"Registered Nurse", "Care Assistant", "Physiotherapist", "Medical Secretary", "Pharmacy Assistant", "Home Care Worker"},
		skills:    []string{"Patient care", "Wound care", "Medication management", "Elderly care", "First aid", "BIG registration", "Electronic health records", "Dementia care", "Rehabilitation", "Triage"},
		degrees:   []string{"BSc Nursing", "Diploma Healthcare Assistant", "BSc Physiotherapy", "Certificate Pharmacy Assistant"},
	},
	{
		name:      "logistics",
		headlines: []string{"Warehouse Operative", "Forklift Driver", "Logistics Planner", "Truck Driver (C/E)", "Supply Chain Coordinator", "Order Picker"},
		skills:    []string{"Forklift licence", "Reach truck", "Order picking", "WMS", "Route planning", "Driving licence C/E", "Inventory control", "Shipping", "Customs", "Lean", "ADR certificate"},
		degrees:   []string{"Diploma Logistics", "BSc Supply Chain Management", "Certificate Warehouse Operations"},
	},
	{
		name:      "hospitality",
		headlines: []string{"Chef de Partie", "Sous Chef", "Front Office Manager", "Barista", "Event Coordinator", "Housekeeping Supervisor"},
		skills:    []string{"Food safety (HACCP)", "Menu planning", "Customer service", "Cash handling", "Opera PMS", "Wine knowledge", "Event planning", "Team leadership", "Barista skills", "Languages"},
		degrees:   []string{"Diploma Culinary Arts", "BBA Hotel Management", "Certificate Hospitality"},
	},
	{
		name:      "engineering",
		headlines: []string{"Mechanical Engineer", "Electrical Engineer", "Maintenance Technician", "Process Operator", "Project Engineer", "CNC Machinist"},
		skills:    []string{"AutoCAD", "SolidWorks", "PLC programming", "Welding", "Hydraulics", "Preventive maintenance", "VCA certificate", "Six Sigma", "Electrical installation", "CNC", "Quality control"},
		degrees:   []string{"BSc Mechanical Engineering", "BSc Electrical Engineering", "Diploma Mechatronics", "MSc Industrial Engineering"},
	},
	{
		name:      "sales",
		headlines: []string{"Account Manager", "Sales Representative", "Marketing Specialist", "Customer Success Manager", "Inside Sales Agent", "Content Marketer"},
		skills:    []string{"B2B sales", "Salesforce", "HubSpot", "Negotiation", "Cold calling", "SEO", "Google Ads", "Copywriting", "Social media", "Key account management", "CRM"},
		degrees:   []string{"BBA Marketing", "BSc Communication", "MSc Marketing Management", "Diploma Commercial Economics"},
	},
	{
		name:      "office",
		headlines: []string{"Office Manager", "Executive Assistant", "Receptionist", "HR Advisor", "Recruiter", "Customer Service Agent"},
		skills:    []string{"Microsoft Office", "Planning", "Correspondence", "AFAS", "Workday", "Recruitment", "Onboarding", "Minute taking", "Telephone skills", "Data entry", "Customer service"},
		degrees:   []string{"Diploma Secretarial Studies", "BSc Human Resource Management", "BBA Business Administration"},
	},
}

// Company names are an adjective, a noun of the company's field and a legal
// form of its country.
var (
	companyWords = []string{"Blue", "Nordic", "Bright", "Summit", "Green", "Delta", "Oak", "Silver", "Harbour", "Crown",
		"Polar", "Atlas", "Falcon", "Meridian", "Vertex", "Lighthouse", "Riverside", "Golden", "Orion", "Westbrook",
		"Eastgate", "Nova", "Pioneer", "Keystone", "Horizon", "Sterling", "Maple", "Granite", "Cedar", "Tulip"}
	companyNouns = map[string][]string{
		"software":    {"Software", "Digital", "Cloud", "Data", "Systems", "Labs"},
		"finance":     {"Finance", "Accountants", "Capital", "Insurance", "Banking"},
		"healthcare":  {"Care", "Health", "Clinics", "Medical", "Pharma"},
		"logistics":   {"Logistics", "Transport", "Freight", "Distribution", "Warehousing"},
		"hospitality": {"Hotels", "Catering", "Restaurants", "Events", "Foods"},
		"engineering": {"Engineering", "Industries", "Manufacturing", "Machinery", "Installations"},
		"sales":       {"Retail", "Trading", "Media", "Marketing", "Brands"},
		"office":      {"Services", "Consulting", "Facilities", "Partners", "Solutions"},
	}
	departmentNames = []string{"Operations", "Finance", "Human Resources", "IT", "Sales", "Marketing", "Logistics",
		"Customer Service", "Production", "Research & Development", "Procurement", "Legal", "Facilities", "Quality"}
	contactTitles = []string{"HR Manager", "Operations Manager", "Team Lead", "Head of IT", "Finance Director",
		"Talent Acquisition Lead", "Plant Manager", "Office Manager", "CFO", "Department Head"}
)

// Texts for notes, evaluations, timesheet comments and portal messages.
var (
	candidateNotes = []string{
		"Phoned about availability; can start within two weeks.",
		"Intake interview done. Motivated, clear about salary expectations.",
		"Sent the updated CV to the account manager.",
		"Prefers hybrid work, at most 45 minutes travel.",
		"References checked: both positive.",
		"Asked to renew GDPR consent before the end of the month.",
		"Not available until after the summer holidays.",
		"Interested in permanent roles only.",
	}
	contactNotes = []string{
		"Quarterly call: expects two new vacancies next month.",
		"Discussed the rate card for next year.",
		"Prefers candidates proposed by e-mail before the portal.",
		"Visited the site; met the team leads.",
		"Asked for a shortlist by Friday.",
	}
	companyNotes = []string{
		"Framework agreement renewed for two years.",
		"Payment terms 30 days; invoices to the finance mailbox.",
		"New office opens in the spring; expect extra hiring.",
		"Hiring freeze in IT until the next quarter.",
		"Prefers timesheets approved through the portal.",
	}
	portalMessages = []struct{ subject, body string }{
		{"Extra candidates", "Could you propose two more candidates for our open vacancy? The current shortlist is too small."},
		{"Interview planning", "We would like to plan the interviews on Tuesday or Thursday afternoon."},
		{"Timesheet question", "One of the timesheets for last week seems to miss the overtime on Wednesday."},
		{"New vacancy coming", "We expect a new vacancy for the warehouse next month, can we discuss it?"},
		{"Contract extension", "We would like to extend the current placement by three months."},
	}
	evaluationComments = []string{
		"Strong profile, good match with the team.",
		"Experience fits, but salary expectations are high.",
		"Good first impression in the phone screen.",
		"Please check availability before proposing.",
		"Solid references, proceed to interview.",
	}
	approveComments = []string{"Looks great, let's meet.", "Good profile, please plan an interview.", "Approved, we would like to make an offer."}
	rejectComments  = []string{"Not enough experience with our systems.", "We chose another candidate.", "Too far from our location."}
	sheetRejections = []string{"Wednesday shows 9 hours but the team lead recorded 8. Please correct.",
		"Overtime was not agreed for this week.", "Please split the hours for Friday per project."}
	sheetApprovals = []string{"", "", "Thanks!", "Approved.", ""}
)
