// formulary-generate-pages: writes synthetic Markdown drug pages for import and
// search benchmarks.
//
//   formulary-generate-pages OUTDIR N [--seed S]
//
// Pages land in OUTDIR/<letter>/<slug>.md and follow the shapes seen in real
// monograph folders (front matter, "### Section" headings, bullet lists, FAQ
// items, disclaimer), including the irregular variants an importer must cope
// with. All text is assembled from the word lists and sentence templates in
// this file. Output depends only on N and the seed, so benchmark runs on
// different machines import identical data.
//
// Plain C++17 with no Qt: the tool has to stay fast (100k pages in seconds)
// and buildable without the rest of the project.

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------------------
// Variation rates, in pages per 1000. Measured on a real folder of ~2,000
// pages, except CRLF (absent there, but users' folders edited on Windows have
// it) and duplicates (rarer there; raised so every run contains some).
// ---------------------------------------------------------------------------
constexpr int kRateCombination = 400;    // "A + B" titles
constexpr int kRatePerIngredient = 10;   // sections repeated per ingredient
constexpr int kRateBoldLabels = 20;      // "**Usage:** text" instead of headings
constexpr int kRateHeadingColon = 30;    // "### Usage:" then text below
constexpr int kRateHeadingSameLine = 20; // "### Usage: text"
constexpr int kRateFaqQLines = 100;      // "**Q: ...?**" line, then "A: ..." line
constexpr int kRateFaqBoldNoQ = 30;      // "* **Question?** answer"
constexpr int kRateDuplicateTitle = 10;  // title already used by another file
constexpr int kRateCrlf = 10;            // CRLF line endings

// xoshiro256** seeded via splitmix64: std:: distributions are
// implementation-defined, so they would make output differ between
// standard libraries.
class Rng
{
public:
    explicit Rng(uint64_t seed)
    {
        for (auto &word : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n); multiply-shift keeps it branch-free and portable.
    size_t below(size_t n) { return size_t(((next() >> 32) * uint64_t(n)) >> 32); }
    int range(int lo, int hi) { return lo + int(below(size_t(hi - lo) + 1)); }
    bool chance(int perMille) { return below(1000) < size_t(perMille); }

    // Skewed towards low indices so that early list entries become common
    // words and late ones rare words, as in real text.
    size_t skewed(size_t n) { return std::min(below(n), std::min(below(n), below(n))); }

    template<size_t N>
    const char *pick(const char *const (&list)[N])
    {
        return list[below(N)];
    }
    template<size_t N>
    const char *pickSkewed(const char *const (&list)[N])
    {
        return list[skewed(N)];
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

struct DrugClass
{
    const char *suffix;     // name ending, gives names a drug-like look
    const char *name;       // "beta blocker"
    const char *target;     // what it acts on
    const char *action;     // verb phrase completing "it ..."
    const char *uses[4];    // conditions it treats
    const char *effects[3]; // class-typical side effects
};

const DrugClass kClasses[] = {
    {"pril",
     "ACE inhibitor",
     "the angiotensin-converting enzyme",
     "stops the body from producing a hormone that narrows blood vessels",
     {"high blood pressure", "heart failure", "kidney disease in diabetes", "recovery after a heart attack"},
     {"a dry tickly cough", "raised potassium levels", "light-headedness on standing"}},
    {"sartan",
     "angiotensin receptor blocker",
     "angiotensin type 1 receptors",
     "prevents a vessel-tightening hormone from reaching its receptor",
     {"high blood pressure", "heart failure", "diabetic kidney disease", "stroke prevention"},
     {"dizziness", "raised potassium levels", "back pain"}},
    {"olol",
     "beta blocker",
     "beta-adrenergic receptors in the heart",
     "slows the heartbeat and lowers the force of each contraction",
     {"high blood pressure", "angina", "an irregular heartbeat", "migraine prevention"},
     {"cold hands and feet", "tiredness", "a slow pulse"}},
    {"dipine",
     "calcium channel blocker",
     "calcium channels in the muscle of artery walls",
     "relaxes and widens arteries by limiting calcium entry into muscle cells",
     {"high blood pressure", "angina", "Raynaud's phenomenon", "coronary spasm"},
     {"ankle swelling", "facial flushing", "headache"}},
    {"statin",
     "cholesterol-lowering agent",
     "a liver enzyme that builds cholesterol",
     "reduces the amount of cholesterol made by the liver",
     {"high cholesterol", "prevention of heart attack", "prevention of stroke", "familial hypercholesterolaemia"},
     {"muscle aches", "raised liver enzymes", "mild stomach upset"}},
    {"gliptin",
     "DPP-4 inhibitor",
     "the enzyme that breaks down incretin hormones",
     "prolongs the action of gut hormones that release insulin after meals",
     {"type 2 diabetes", "poor blood sugar control", "insulin resistance", "type 2 diabetes in older adults"},
     {"a blocked or runny nose", "joint pain", "sore throat"}},
    {"formin",
     "biguanide",
     "glucose production in the liver",
     "lowers the amount of sugar released by the liver and helps muscles use insulin",
     {"type 2 diabetes", "insulin resistance", "polycystic ovary syndrome", "prediabetes"},
     {"a metallic taste", "loose stools", "low vitamin B12 levels"}},
    {"prazole",
     "proton pump inhibitor",
     "the acid pump in the stomach lining",
     "switches off the final step of stomach acid production",
     {"heartburn", "stomach ulcers", "acid reflux", "Helicobacter pylori infection"},
     {"bloating", "headache", "low magnesium levels"}},
    {"tidine",
     "H2 receptor antagonist",
     "histamine receptors on acid-producing cells",
     "reduces the signal that tells the stomach to make acid",
     {"indigestion", "stomach ulcers", "acid reflux", "heartburn"},
     {"headache", "constipation", "tiredness"}},
    {"setron",
     "anti-sickness medicine",
     "serotonin receptors in the gut and brainstem",
     "blocks the nerve signals that set off nausea and vomiting",
     {"nausea after chemotherapy", "vomiting after surgery", "nausea during radiotherapy", "severe morning sickness"},
     {"constipation", "headache", "a feeling of warmth"}},
    {"cillin",
     "penicillin antibiotic",
     "the enzymes bacteria use to build their cell wall",
     "weakens the bacterial cell wall so that the bacteria burst and die",
     {"chest infections", "throat infections", "skin infections", "ear infections"},
     {"diarrhoea", "a skin rash", "oral thrush"}},
    {"mycin",
     "macrolide antibiotic",
     "the protein-making machinery of bacteria",
     "stops bacteria from making the proteins they need to multiply",
     {"pneumonia", "whooping cough", "skin infections", "sexually transmitted infections"},
     {"stomach cramps", "nausea", "changes in heart rhythm"}},
    {"floxacin",
     "quinolone antibiotic",
     "the enzymes that copy bacterial DNA",
     "prevents bacteria from copying their genetic material",
     {"urinary tract infections", "typhoid fever", "prostate infections", "bone infections"},
     {"tendon pain", "sensitivity to sunlight", "sleep problems"}},
    {"cycline",
     "tetracycline antibiotic",
     "the small ribosomal subunit of bacteria",
     "blocks bacterial protein production and halts growth",
     {"acne", "rosacea", "tick-borne infections", "chest infections"},
     {"tooth discolouration in children", "sensitivity to sunlight", "heartburn"}},
    {"conazole",
     "azole antifungal",
     "the fungal enzyme that makes ergosterol",
     "leaves the fungal cell membrane weak and leaky",
     {"athlete's foot", "ringworm", "vaginal thrush", "fungal nail infections"},
     {"itching", "abnormal liver tests", "nausea"}},
    {"ciclovir",
     "antiviral",
     "the enzyme that copies viral DNA",
     "stops the virus from copying itself inside infected cells",
     {"cold sores", "shingles", "genital herpes", "chickenpox"},
     {"headache", "nausea", "kidney strain at high doses"}},
    {"previr",
     "antiviral",
     "a protease the virus needs to mature",
     "prevents new virus particles from becoming infectious",
     {"hepatitis C", "HIV infection", "chronic viral hepatitis", "viral liver disease"},
     {"fatigue", "headache", "changes in blood lipids"}},
    {"zumab",
     "monoclonal antibody",
     "a single protein on the surface of immune cells",
     "binds its target protein and switches off the signal it carries",
     {"rheumatoid arthritis", "plaque psoriasis", "Crohn's disease", "certain blood cancers"},
     {"infusion reactions", "upper respiratory infections", "injection site redness"}},
    {"tinib",
     "kinase inhibitor",
     "growth-signalling enzymes inside cancer cells",
     "cuts off the growth signals that cancer cells depend on",
     {"chronic myeloid leukaemia", "non-small cell lung cancer", "kidney cancer", "thyroid cancer"},
     {"diarrhoea", "skin rash", "high blood pressure"}},
    {"profen",
     "anti-inflammatory painkiller",
     "the cyclo-oxygenase enzymes",
     "lowers the production of prostaglandins that drive pain and swelling",
     {"joint pain", "period pain", "fever", "muscle strains"},
     {"indigestion", "stomach irritation", "fluid retention"}},
    {"caine",
     "local anaesthetic",
     "sodium channels in nerve fibres",
     "blocks nerve signals in the area where it is applied",
     {"minor skin procedures", "dental work", "a sore throat", "haemorrhoids"},
     {"numbness lasting longer than expected", "stinging at the site", "skin redness"}},
    {"zepam",
     "benzodiazepine",
     "GABA receptors in the brain",
     "strengthens the calming effect of the brain's own GABA",
     {"anxiety", "short-term insomnia", "muscle spasm", "alcohol withdrawal"},
     {"daytime drowsiness", "unsteadiness", "memory problems"}},
    {"oxetine",
     "antidepressant",
     "the serotonin reuptake transporter",
     "increases the amount of serotonin available between nerve cells",
     {"depression", "panic disorder", "obsessive-compulsive disorder", "generalised anxiety"},
     {"nausea", "sleep disturbance", "sexual difficulties"}},
    {"triptan",
     "migraine medicine",
     "serotonin receptors on blood vessels around the brain",
     "narrows swollen blood vessels and dampens pain signals",
     {"migraine", "cluster headache", "menstrual migraine", "migraine with aura"},
     {"tingling", "chest tightness", "drowsiness"}},
    {"lukast",
     "leukotriene receptor antagonist",
     "leukotriene receptors in the airways",
     "blocks inflammatory messengers that narrow the airways",
     {"asthma", "exercise-induced bronchospasm", "hay fever", "allergic rhinitis"},
     {"headache", "abdominal pain", "vivid dreams"}},
    {"terol",
     "bronchodilator",
     "beta-2 receptors in the airway muscles",
     "relaxes the muscles around the airways so that breathing becomes easier",
     {"asthma", "chronic obstructive pulmonary disease", "wheezing", "bronchitis"},
     {"tremor", "a fast heartbeat", "muscle cramps"}},
    {"sone",
     "corticosteroid",
     "glucocorticoid receptors inside cells",
     "switches off many of the genes that drive inflammation",
     {"eczema", "asthma", "severe allergic reactions", "inflammatory arthritis"},
     {"raised blood sugar", "mood changes", "thinning of the skin"}},
    {"parin",
     "anticoagulant",
     "clotting factors in the blood",
     "slows the formation of new blood clots",
     {"deep vein thrombosis", "pulmonary embolism", "stroke prevention in atrial fibrillation",
      "clot prevention after surgery"},
     {"bruising", "bleeding gums", "nosebleeds"}},
    {"dronate",
     "bisphosphonate",
     "the cells that break down bone",
     "slows bone loss and lets bone density build up again",
     {"osteoporosis", "Paget's disease of bone", "bone loss from steroids", "high calcium in cancer"},
     {"heartburn", "bone or joint pain", "jaw problems"}},
    {"dafil",
     "PDE5 inhibitor",
     "an enzyme in smooth muscle",
     "increases blood flow by relaxing smooth muscle in blood vessels",
     {"erectile dysfunction", "pulmonary arterial hypertension", "enlarged prostate symptoms", "impotence"},
     {"flushing", "a blocked nose", "indigestion"}},
    {"azosin",
     "alpha blocker",
     "alpha-1 receptors in the prostate and blood vessels",
     "relaxes muscle in the prostate and bladder neck",
     {"an enlarged prostate", "high blood pressure", "urinary retention", "kidney stones"},
     {"dizziness on standing", "a stuffy nose", "weakness"}},
    {"thiazide",
     "diuretic",
     "salt reabsorption in the kidney",
     "helps the kidneys remove extra salt and water",
     {"high blood pressure", "oedema", "heart failure", "fluid retention"},
     {"frequent urination", "low potassium levels", "thirst"}},
    {"astine",
     "antihistamine",
     "histamine H1 receptors",
     "blocks histamine released during an allergic reaction",
     {"hay fever", "hives", "itchy skin", "allergic conjunctivitis"},
     {"drowsiness", "dry mouth", "blurred vision"}},
    {"apine",
     "antipsychotic",
     "dopamine and serotonin receptors in the brain",
     "rebalances dopamine and serotonin signalling",
     {"schizophrenia", "bipolar disorder", "severe agitation", "treatment-resistant depression"},
     {"weight gain", "drowsiness", "restlessness"}},
};
constexpr size_t kClassCount = sizeof(kClasses) / sizeof(kClasses[0]);

// Used for adjunct ingredients (vitamins, minerals) that appear in combinations.
const DrugClass kSupplementClass = {"",
                                    "nutritional supplement",
                                    "several enzyme systems in the body",
                                    "replaces a nutrient that the diet or an illness has left in short supply",
                                    {"vitamin deficiency", "anaemia", "bone health", "recovery after illness"},
                                    {"stomach upset", "a change in stool colour", "mild nausea"}};

// Common substances that show up as the second or third ingredient of many
// combinations; their reuse gives name search a few very frequent terms.
const char *const kAdjuncts[] = {
    "Folic Acid",       "Zinc Sulfate", "Vitamin D3",      "Vitamin B12",
    "Caffeine",         "Menthol",      "Magnesium Oxide", "Calcium Carbonate",
    "Sodium Chloride",  "Glycerin",     "Camphor",         "Ascorbic Acid",
    "Ferrous Fumarate", "Biotin",       "Niacinamide",     "Potassium Citrate",
};

const char *const kSalts[] = {
    "Hydrochloride", "Sodium",   "Potassium", "Mesylate",  "Succinate", "Acetate",
    "Maleate",       "Tartrate", "Besylate",  "Phosphate", "Citrate",   "Sulfate",
};

const char *const kRoutes[] = {
    "(Topical)", "(Oral)", "(Ophthalmic)", "(Nasal)", "(Injection)", "(Oral Inhalation)", "(Vaginal)", "(Otic)",
};

// Syllable parts for pronounceable names. Early entries are picked more often
// (skewed), which gives realistic clustering of name prefixes.
const char *const kOnsets[] = {
    "b",  "c",  "d",  "l",  "m",  "n",  "p",  "r",  "s",  "t", "v",  "f",  "g",  "z",  "h",  "k", "br", "cl",
    "dr", "fl", "gr", "pr", "tr", "st", "ph", "th", "ch", "x", "qu", "sp", "pl", "cr", "sl", "j", "w",  "",
};
const char *const kVowels[] = {
    "a", "e", "i", "o", "u", "a", "e", "i", "o", "ae", "ia", "io", "ou", "y", "ei", "au",
};
const char *const kCodas[] = {
    "", "", "", "n", "r", "l", "s", "x", "m", "t", "nd", "st", "rb", "lt",
};

const char *const kConditions[] = {
    "high blood pressure",
    "type 2 diabetes",
    "asthma",
    "chronic pain",
    "depression",
    "bacterial infections",
    "acid reflux",
    "allergies",
    "arthritis",
    "migraine",
    "insomnia",
    "anxiety",
    "eczema",
    "psoriasis",
    "high cholesterol",
    "heart failure",
    "osteoporosis",
    "epilepsy",
    "gout",
    "urinary tract infections",
    "acne",
    "fungal skin infections",
    "anaemia",
    "hypothyroidism",
    "glaucoma",
    "constipation",
    "irritable bowel syndrome",
    "Parkinson's disease",
    "multiple sclerosis",
    "overactive bladder",
    "chronic kidney disease",
    "nausea",
    "motion sickness",
    "vertigo",
    "tuberculosis",
    "malaria",
    "influenza",
    "shingles",
    "lupus",
    "ulcerative colitis",
    "Crohn's disease",
    "endometriosis",
    "infertility",
    "alcohol dependence",
    "smoking cessation",
    "neuropathic pain",
    "restless legs",
    "dandruff",
    "dry eye disease",
    "scabies",
    "head lice",
    "worm infestations",
    "hyperthyroidism",
    "obesity",
    "atrial fibrillation",
    "angina",
    "chronic bronchitis",
    "sinusitis",
    "conjunctivitis",
    "tonsillitis",
    "bedwetting",
    "narcolepsy",
    "sarcoidosis",
    "myasthenia gravis",
    "Cushing's syndrome",
    "Addison's disease",
    "hyperhidrosis",
    "leishmaniasis",
    "amoebiasis",
    "toxoplasmosis",
};

const char *const kSymptoms[] = {
    "nausea",
    "headache",
    "dizziness",
    "diarrhoea",
    "constipation",
    "drowsiness",
    "dry mouth",
    "stomach pain",
    "tiredness",
    "rash",
    "itching",
    "vomiting",
    "loss of appetite",
    "indigestion",
    "muscle aches",
    "trouble sleeping",
    "back pain",
    "blurred vision",
    "a runny nose",
    "sweating",
    "weight gain",
    "weight loss",
    "flushing",
    "hair thinning",
    "joint pain",
    "a change in taste",
    "mouth ulcers",
    "bloating",
    "wind",
    "nervousness",
    "palpitations",
    "ringing in the ears",
    "swollen ankles",
    "cough",
    "hiccups",
    "nightmares",
    "mild confusion",
    "yawning",
    "tingling in the fingers",
    "pain at the injection site",
    "irritability",
    "reduced sex drive",
    "hot flushes",
    "breast tenderness",
    "skin dryness",
};

const char *const kSeriousEffects[] = {
    "severe allergic reaction (anaphylaxis)",
    "swelling of the face, lips or tongue",
    "liver damage",
    "kidney problems",
    "irregular heartbeat",
    "seizures",
    "bleeding that will not stop",
    "low white blood cell counts",
    "severe skin reactions",
    "pancreatitis",
    "breathing difficulty",
    "chest pain",
    "fainting",
    "yellowing of the skin or eyes (jaundice)",
    "black or tarry stools",
    "thoughts of self-harm",
    "hallucinations",
    "muscle breakdown (rhabdomyolysis)",
    "QT prolongation",
    "angioedema",
    "agranulocytosis",
    "thrombocytopenia",
    "Stevens-Johnson syndrome",
    "serotonin syndrome",
    "lactic acidosis",
    "interstitial lung disease",
    "hyperkalaemia",
    "hyponatraemia",
    "optic neuritis",
    "aseptic meningitis",
    "tendon rupture",
    "neuroleptic malignant syndrome",
};

const char *const kOrgans[] = {
    "liver",   "kidney", "heart", "lung",     "thyroid", "bone marrow",
    "stomach", "skin",   "eye",   "pancreas", "adrenal", "prostate",
};

const char *const kPopulations[] = {
    "older adults",
    "children",
    "pregnant women",
    "breastfeeding mothers",
    "people with kidney disease",
    "people with liver disease",
    "heavy drinkers",
    "people with a history of stomach ulcers",
    "patients on dialysis",
    "people with heart rhythm problems",
    "adolescents",
    "transplant recipients",
};

const char *const kForms[] = {
    "tablets",
    "capsules",
    "an oral solution",
    "an injection",
    "a cream",
    "eye drops",
    "a nasal spray",
    "an inhaler",
    "a gel",
    "extended-release tablets",
    "a syrup",
    "dispersible tablets",
    "a transdermal patch",
    "suppositories",
    "an ointment",
};

const char *const kFormLabels[] = {
    "Oral tablets",
    "Capsules",
    "Extended-release tablets",
    "Oral suspension",
    "Intravenous infusion",
    "Intramuscular injection",
    "Subcutaneous injection",
    "Topical cream",
    "Eye drops",
    "Nasal spray",
    "Inhaler",
    "Transdermal patch",
};

const char *const kFrequencies[] = {
    "once daily", "twice daily", "three times a day", "every 8 hours", "every 12 hours",
    "at bedtime", "once weekly", "every four weeks",  "as needed",     "before meals",
};

const char *const kProfessionals[] = {
    "your doctor",  "your pharmacist", "your healthcare provider",
    "a specialist", "your care team",  "a qualified clinician",
};

const char *const kOtherMedicines[] = {
    "blood thinners",
    "antacids",
    "other blood pressure medicines",
    "diuretics",
    "certain antibiotics",
    "antifungal tablets",
    "St John's wort",
    "lithium",
    "sleeping tablets",
    "opioid painkillers",
    "oral contraceptives",
    "insulin",
    "anti-seizure medicines",
    "grapefruit juice",
    "iron supplements",
    "digoxin",
    "methotrexate",
    "HIV protease inhibitors",
    "theophylline",
    "live vaccines",
};

const char *const kDurations[] = {
    "one to two weeks", "a few days", "several weeks",      "two to four weeks",
    "three months",     "ten days",   "six to eight weeks", "several months",
};

const char *const kAdjectives[] = {
    "mild", "moderate", "severe", "short-lived", "troublesome", "uncommon", "persistent", "temporary", "dose-related",
};

// Pharmacology terms that show up rarely, so full-text search sees a long tail.
const char *const kRareTerms[] = {
    "bioavailability",
    "half-life",
    "protein binding",
    "first-pass metabolism",
    "renal clearance",
    "steady-state concentration",
    "volume of distribution",
    "receptor selectivity",
    "glucuronidation",
    "enterohepatic recirculation",
    "hepatic clearance",
    "therapeutic window",
    "tachyphylaxis",
    "active metabolite",
    "prodrug activation",
    "plasma exposure",
    "tissue penetration",
    "dose proportionality",
    "enzyme induction",
    "P-glycoprotein transport",
    "zero-order kinetics",
    "acetylator status",
    "placental transfer",
    "milk-to-plasma ratio",
    "pharmacogenomic variability",
    "chronotherapy",
    "microsomal oxidation",
    "saturable absorption",
    "bioequivalence",
    "pulsatile release",
};

const char *const kLabTests[] = {
    "liver function tests", "kidney function tests",
    "a full blood count",   "blood sugar levels",
    "potassium levels",     "an ECG",
    "cholesterol levels",   "thyroid function",
    "blood pressure",       "INR",
    "bone density scans",   "eye examinations",
};

// ---------------------------------------------------------------------------
// Sentence templates. Placeholders:
//   {D} drug name(s)   {C} drug class     {T} target       {A} action
//   {U} class use      {u} any condition  {S} symptom      {X} serious effect
//   {O} organ          {P} population     {F} dosage form  {H} frequency
//   {W} professional   {M} other medicine {Y} duration     {J} adjective
//   {Z} rare term      {L} lab test       {N} dose in mg   {K} small number
//   {E} class-typical side effect
// ---------------------------------------------------------------------------

const char *const kUsageSentences[] = {
    "{D} is a {C} used mainly to treat {U}.",
    "It is also prescribed for {U} when other treatments have not worked well enough.",
    "{D} belongs to the {C} group of medicines.",
    "Doctors use it for adults with {U}, and sometimes for {U} as well.",
    "{D} does not cure {U}, but it helps keep the symptoms under control.",
    "It may be given together with other medicines as part of a wider plan for {u}.",
    "In some countries {D} is also approved for {u}.",
    "The benefit usually becomes clear after {Y} of regular use.",
    "Some specialists use it off-label for {u}, although the evidence for this is limited.",
    "It is available as {F} and, in some markets, as {F}.",
    "{D} is usually a long-term treatment rather than a short course.",
    "Because it acts on {T}, it is less suitable for people with {u}.",
    "It is not a first-choice option for {P}, who are usually offered an alternative.",
    "In hospital practice it is sometimes reserved for {J} cases of {U}.",
    "Treatment decisions take into account the patient's age, other illnesses and current medicines.",
    "It can reduce the risk of complications linked to {U}.",
    "Short courses are common when it is used for {u}.",
    "{D} is sold under several brand names, and generic versions are widely available.",
    "Its role in {u} is still being studied in clinical trials.",
    "For {U}, it is often combined with lifestyle measures such as diet and exercise.",
};

const char *const kDosageSentences[] = {
    "The usual adult dose is {N} mg taken {H}.",
    "Your dose depends on your age, weight, {O} function and the condition being treated.",
    "Treatment often starts at a low dose that is increased after {Y} if the response is not adequate.",
    "Take {D} with or without food, at about the same time each day.",
    "Doses above {N} mg a day are rarely needed and make side effects more likely.",
    "For children the dose is worked out from body weight, typically {K} mg per kilogram.",
    "If you miss a dose, take it when you remember unless the next one is almost due.",
    "Do not stop taking {D} suddenly without first speaking to {W}.",
    "Injections are given by a nurse or doctor in a clinic or hospital.",
    "{P} may need a lower starting dose.",
    "Swallow the tablets whole with a glass of water; do not crush or chew them.",
    "The total course usually lasts {Y}, but some people need longer treatment.",
    "Your doctor may check {L} before changing the dose.",
    "Follow the directions on the label and ask {W} if anything is unclear.",
    "Topical forms are applied thinly to the affected area {H}.",
};

const char *const kDoseBulletSentences[] = {
    "{N} mg {H}, adjusted according to response.",
    "Start with {N} mg {H}; the maximum is {N} mg per day.",
    "{N} mg {H} for {Y}.",
    "Usually {N} mg {H}, given by a healthcare professional.",
    "{K} mg per kilogram {H}, not exceeding {N} mg per dose.",
};

const char *const kBulletNotes[] = {
    "(usually mild)",
    "(often temporary)",
    "(especially at the start of treatment)",
    "(more common at higher doses)",
    "(in some patients)",
    "(tends to improve with time)",
};

const char *const kSideIntros[] = {
    "Common side effects include:",
    "Common side effects may include:",
    "Common side effects can include:",
    "Common side effects are usually mild and may include:",
    "Common side effects:",
};

const char *const kSeriousIntros[] = {
    "Less common but serious side effects include:",
    "Less common but serious side effects:",
    "Serious side effects are rare but can include:",
    "Less common, but potentially serious, side effects include:",
};

const char *const kSideOutros[] = {
    "Contact {W} straight away if you notice any of the serious effects listed above.",
    "Most side effects are {J} and settle within {Y} as the body adjusts.",
    "This is not a complete list; tell {W} about any effect that bothers you.",
    "Seek emergency help if you develop {X}.",
    "Side effects are more likely in {P} and at higher doses.",
    "If {S} becomes {J}, {W} may suggest a lower dose or a different medicine.",
};

const char *const kSideSentences[] = {
    "{D} is generally well tolerated, but some people experience {S} or {S}.",
    "Typical side effects of a {C} include {E} and {E}.",
    "Rarely, {D} can cause {X}.",
    "{S} and {S} are the effects most often reported in studies.",
    "Any unexpected symptom, especially {X}, should be reported to {W}.",
};

const char *const kHowSentences[] = {
    "{D} acts on {T}.",
    "In simple terms, it {A}.",
    "This effect eases the symptoms of {U} and lowers the risk of flare-ups.",
    "After a dose, blood levels peak within about {K} hours.",
    "The drug is broken down mainly in the liver and leaves the body through the kidneys.",
    "Its {Z} explains why the dose is adjusted for {P}.",
    "The full effect builds up over {Y} of regular dosing.",
    "Because it targets {T}, its effects are fairly specific, although some side effects still occur.",
    "Unlike older medicines for {U}, it has little effect on {O} function at normal doses.",
    "Studies of its {Z} show wide differences between individuals.",
    "Part of its benefit in {u} may come from effects on inflammation.",
    "The medicine does not build up in the body when taken as directed.",
    "Levels can rise when it is taken together with {M}.",
};

const char *const kFillerSentences[] = {
    "Researchers continue to study its {Z} in {P}.",
    "{L} may be checked from time to time during long-term use.",
    "People with {u} should mention this before starting treatment.",
    "Keep a list of all your medicines and show it to {W} at each visit.",
    "Reports of {X} are rare, but they have been described.",
    "The information leaflet in the pack gives more detail about {S} and other effects.",
};

struct Precaution
{
    const char *label;
    const char *sentences[2];
};

const Precaution kPrecautions[] = {
    {"Allergies",
     {"Do not take {D} if you have had an allergic reaction to it or to any other {C}.",
      "Tell {W} about any past reactions to medicines, foods or dyes."}},
    {"Pregnancy",
     {"{D} should only be used in pregnancy if the expected benefit outweighs the risk.",
      "Tell {W} if you are pregnant or planning a pregnancy."}},
    {"Breastfeeding",
     {"Small amounts may pass into breast milk.",
      "Discuss with {W} whether breastfeeding is advisable during treatment."}},
    {"Kidney Problems",
     {"People with reduced kidney function may need a lower dose.", "{L} may be checked before and during treatment."}},
    {"Liver Disease",
     {"The drug is processed by the liver, so liver problems can increase its levels.",
      "Report yellowing of the skin or dark urine promptly."}},
    {"Drug Interactions",
     {"{D} can interact with {M} and {M}.", "Always tell {W} about every medicine and supplement you take."}},
    {"Alcohol",
     {"Alcohol can make side effects such as {S} worse.", "It is best to limit or avoid alcohol during treatment."}},
    {"Driving and Machinery",
     {"{D} may cause {S} in some people.", "Do not drive or operate machinery until you know how it affects you."}},
    {"Elderly Patients", {"Older adults are more sensitive to {E}.", "Treatment usually starts at the lowest dose."}},
    {"Children",
     {"Safety in children under {K} years has not been fully established.",
      "Use in children should be supervised by a specialist."}},
    {"Surgery",
     {"Tell the surgeon or dentist that you take {D}.", "You may be asked to stop it a few days before an operation."}},
    {"Blood Tests",
     {"{L} should be monitored regularly.", "Keep all appointments so that problems can be spotted early."}},
    {"Sun Exposure",
     {"Some people become more sensitive to sunlight.", "Use sunscreen and protective clothing outdoors."}},
    {"Contraindications",
     {"{D} must not be used by people with {u}.", "It is also unsuitable for anyone with a history of {X}."}},
    {"Heart Conditions",
     {"People with heart rhythm problems need closer monitoring.",
      "Your doctor may arrange {L} before treatment starts."}},
    {"Stopping Treatment",
     {"Stopping suddenly can cause symptoms to return.", "Reduce the dose gradually as advised by {W}."}},
};
constexpr size_t kPrecautionCount = sizeof(kPrecautions) / sizeof(kPrecautions[0]);

struct Faq
{
    const char *q;
    const char *a;
};

const Faq kFaqs[] = {
    {"What should I do if I miss a dose of {D}?",
     "Take it as soon as you remember, unless it is nearly time for the next dose. Never take two doses at once."},
    {"Can I drink alcohol while taking {D}?",
     "It is best to avoid alcohol, because it can increase side effects such as {S}."},
    {"How long does {D} take to work?",
     "Some people notice an improvement within a few days, but the full effect can take {Y}."},
    {"Is {D} safe during pregnancy?", "Only if {W} decides that the benefit outweighs the possible risk to the baby."},
    {"Can I stop taking {D} when I feel better?",
     "No. Finish the course or follow {W}'s advice, because stopping early may let {U} return."},
    {"How should I store {D}?",
     "Store it at room temperature, away from heat, moisture and direct light, and out of reach of children."},
    {"Does {D} interact with other medicines?",
     "Yes, it can interact with {M} and {M}. Tell {W} about everything you take."},
    {"Will {D} make me sleepy?",
     "Drowsiness is possible in some people, so be careful when driving until you know how it affects you."},
    {"Can children take {D}?",
     "Some forms are approved for children, but the dose must be set by a doctor based on weight."},
    {"What are the most common side effects?", "The most frequent ones are {S}, {S} and {E}. They are usually {J}."},
    {"Can I take {D} with food?",
     "Yes, it can be taken with or without food. Taking it with a meal may reduce stomach upset."},
    {"Is {D} addictive?",
     "It is not considered habit-forming at normal doses, but do not change the dose without advice."},
    {"What happens if I take too much?",
     "Contact a poison centre or emergency service right away. Overdose may cause {X}."},
    {"Do I need blood tests while taking {D}?",
     "Your doctor may check {L} at the start of treatment and from time to time afterwards."},
    {"Can {D} be used for {u}?", "It is not normally used for that purpose. Ask {W} about suitable options."},
    {"Is there a generic version of {D}?",
     "Generic versions are available in many countries and work in the same way as the branded product."},
    {"Can I take {D} if I have {O} problems?",
     "You may need a lower dose or extra monitoring. Discuss this with {W} before starting."},
    {"Why was I prescribed {D} instead of another {C}?",
     "The choice depends on your other conditions, medicines and how well you tolerated earlier treatment."},
    {"Does {D} cause weight gain?", "Weight changes are uncommon, but tell {W} if you notice a large change."},
    {"Can I get vaccinated while taking {D}?",
     "Most vaccines are fine, but check with {W}, especially before live vaccines."},
    {"What should I avoid while on {D}?", "Avoid {M} unless your doctor has approved it, and limit alcohol."},
    {"Can elderly people take {D}?",
     "Yes, but they often start on a lower dose because they are more sensitive to {E}."},
};
constexpr size_t kFaqCount = sizeof(kFaqs) / sizeof(kFaqs[0]);

const char *const kFaqFollowUps[] = {
    "If in doubt, ask {W} for advice that fits your circumstances.",
    "This is especially important for {P}.",
    "Keep the patient leaflet, as it lists further details about {S} and other effects.",
    "Your doctor may also arrange {L} to make sure treatment is working safely.",
    "Never share your medicine with someone else, even if their symptoms seem similar.",
};

const char *const kDisclaimers[] = {
    "This information is for general education only and is not a substitute for professional medical advice. Always "
    "consult {W} before starting, stopping or changing any medicine.",
    "The content above is provided for informational purposes only. It does not cover every possible use, dose, "
    "precaution or interaction. Speak to {W} about your own situation.",
    "This page is not medical advice. Dosing and suitability differ between individuals, so decisions about treatment "
    "should be made together with {W}.",
    "This summary is intended for general knowledge and may not reflect the latest research or local prescribing "
    "rules. Always follow the advice of {W}.",
};

// Second disclaimer sentences; real disclaimers run to several sentences.
const char *const kDisclaimerTails[] = {
    "Do not ignore professional advice or delay seeking it because of something you have read here.",
    "If you think you are having a medical emergency, call your local emergency number immediately.",
    "Brand names, strengths and approved uses vary from country to country.",
    "The authors accept no responsibility for decisions made on the basis of this page.",
};

const char *const kPreambles[] = {
    "Please note: a fixed combination of {D} may not be marketed everywhere, and the details below describe each "
    "ingredient and how they are used together.",
    "This page summarises a combination product. The ingredients are also prescribed separately, and the information "
    "below should be read with that in mind.",
    "The combination of {D} is prescribed under specialist supervision in some regions. The overview below covers the "
    "ingredients one by one.",
    "Information about this exact combination is limited, so the sections below rely on what is known about each "
    "component.",
};

const char *const kCombinedSentences[] = {
    "Doctors may prescribe {D} together when a single medicine does not give enough control of {U}.",
    "Using the ingredients together can lower the dose needed of each one and reduce side effects.",
    "The combination also increases the chance of {S}, so monitoring is important.",
    "Patients taking the combination should have {L} checked regularly.",
    "A fixed-dose product can make treatment simpler, which helps people take their medicines as prescribed.",
};

// ---------------------------------------------------------------------------
// Page model and text assembly
// ---------------------------------------------------------------------------

struct Ingredient
{
    std::string name;
    const DrugClass *cls;
};

enum class HeadingStyle { Plain, TrailingColon, SameLine, BoldLabel };
enum class FaqStyle { StarQ, QLines, BoldNoQ };

struct PageContext
{
    std::string drug; // "Xyz" or "Xyz and Abc"
    const DrugClass *cls = nullptr;
};

class Writer
{
public:
    explicit Writer(Rng &rng)
        : m_rng(rng)
    { }

    // Expands one template into out, choosing fillers from the vocabulary.
    void expand(std::string &out, const char *tpl, const PageContext &ctx)
    {
        m_lastPick.fill(SIZE_MAX);
        const size_t start = out.size();
        for (const char *p = tpl; *p; ++p) {
            if (*p != '{' || !p[1] || p[2] != '}') {
                out += *p;
                continue;
            }
            const char key = p[1];
            p += 2;
            switch (key) {
            case 'D':
                out += ctx.drug;
                break;
            case 'C':
                out += ctx.cls->name;
                break;
            case 'T':
                out += ctx.cls->target;
                break;
            case 'A':
                out += ctx.cls->action;
                break;
            case 'U':
                out += ctx.cls->uses[fresh(0, 4)];
                break;
            case 'E':
                out += ctx.cls->effects[fresh(1, 3)];
                break;
            case 'u':
                out += kConditions[fresh(2, std::size(kConditions))];
                break;
            case 'S':
                out += kSymptoms[fresh(3, std::size(kSymptoms))];
                break;
            case 'X':
                out += kSeriousEffects[fresh(4, std::size(kSeriousEffects))];
                break;
            case 'O':
                out += m_rng.pick(kOrgans);
                break;
            case 'P':
                out += m_rng.pick(kPopulations);
                break;
            case 'F':
                out += m_rng.pickSkewed(kForms);
                break;
            case 'H':
                out += m_rng.pick(kFrequencies);
                break;
            case 'W':
                out += m_rng.pick(kProfessionals);
                break;
            case 'M':
                out += kOtherMedicines[fresh(5, std::size(kOtherMedicines))];
                break;
            case 'Y':
                out += m_rng.pick(kDurations);
                break;
            case 'J':
                out += m_rng.pick(kAdjectives);
                break;
            case 'Z':
                out += m_rng.pickSkewed(kRareTerms);
                break;
            case 'L':
                out += m_rng.pick(kLabTests);
                break;
            case 'N':
                out += std::to_string(doseMg());
                break;
            case 'K':
                out += std::to_string(m_rng.range(2, 12));
                break;
            default:
                out += '{';
                out += key;
                out += '}';
                break;
            }
        }
        // Every template is a sentence (or starts one), so a leading
        // placeholder such as {S} must not leave it lower-case.
        if (start < out.size() && out[start] >= 'a' && out[start] <= 'z')
            out[start] = char(out[start] - 'a' + 'A');
    }

    // A paragraph of `count` sentences from `bank`, avoiding direct repeats.
    template<size_t N>
    void paragraph(std::string &out, const char *const (&bank)[N], int count, const PageContext &ctx)
    {
        size_t last = N;
        for (int i = 0; i < count; ++i) {
            size_t idx = m_rng.below(N);
            if (idx == last)
                idx = (idx + 1) % N;
            last = idx;
            if (i > 0)
                out += m_rng.chance(150) ? "  " : " "; // double spaces are common in real pages
            expand(out, bank[idx], ctx);
        }
        out += '\n';
    }

    void capitalisedItem(std::string &out, const char *text)
    {
        const size_t start = out.size();
        out += text;
        if (start < out.size() && out[start] >= 'a' && out[start] <= 'z')
            out[start] = char(out[start] - 'a' + 'A');
    }

    int doseMg()
    {
        static const int doses[] = {1, 2, 5, 10, 20, 25, 40, 50, 75, 100, 150, 200, 250, 300, 400, 500, 750, 1000};
        return doses[m_rng.below(sizeof(doses) / sizeof(doses[0]))];
    }

private:
    // Skewed pick that differs from the previous pick of the same slot within
    // one sentence ("interacts with X and X" reads as a bug).
    size_t fresh(size_t slot, size_t n)
    {
        size_t idx = m_rng.skewed(n);
        if (idx == m_lastPick[slot])
            idx = (idx + 1) % n;
        m_lastPick[slot] = idx;
        return idx;
    }

    Rng &m_rng;
    std::array<size_t, 6> m_lastPick{};
};

struct PageStyle
{
    HeadingStyle heading = HeadingStyle::Plain;
    FaqStyle faq = FaqStyle::StarQ;
    bool blankAfterHeading = false; // "### Usage\n\ntext" vs "### Usage\ntext"
    bool doubleGap = false;         // two blank lines between sections
};

class PageBuilder
{
public:
    explicit PageBuilder(Rng &rng)
        : m_w(rng)
        , m_rng(rng)
    { }

    void build(std::string &out, const std::string &title, const std::vector<Ingredient> &ings, const PageStyle &style,
               bool perIngredient)
    {
        out += "---\nlayout: minimal-medicine\ntitle: ";
        out += title;
        out += "\n---\n\n# ";
        out += title;
        out += '\n';

        PageContext ctx;
        ctx.cls = ings.front().cls;
        ctx.drug = joinNames(ings);

        if (perIngredient) {
            buildPerIngredient(out, title, ings, ctx, style);
        } else {
            if (ings.size() > 1 && m_rng.chance(250)) {
                m_w.paragraph(out, kPreambles, 1, ctx);
                out += '\n';
            }
            buildSections(out, title, ings, ctx, style);
        }

        while (!out.empty() && out.back() == '\n')
            out.pop_back();
        out += style.doubleGap ? "\n\n\n" : "\n\n";
        out += "**Disclaimer:** ";
        m_w.expand(out, m_rng.pick(kDisclaimers), ctx);
        for (int i = m_rng.range(0, 2); i > 0; --i) {
            out += ' ';
            out += m_rng.pick(kDisclaimerTails);
        }
        out += '\n';
    }

private:
    static std::string joinNames(const std::vector<Ingredient> &ings)
    {
        std::string s;
        for (size_t i = 0; i < ings.size(); ++i) {
            if (i > 0)
                s += (i + 1 == ings.size()) ? " and " : ", ";
            s += ings[i].name;
        }
        return s;
    }

    // Emits a section heading and its body in the page's heading style.
    void section(std::string &out, const char *name, const std::string &body, const PageStyle &style)
    {
        const bool bodyIsParagraph = !body.empty() && body[0] != '*' && body[0] != '\n';
        switch (style.heading) {
        case HeadingStyle::Plain:
            out += "### ";
            out += name;
            out += style.blankAfterHeading ? "\n\n" : "\n";
            break;
        case HeadingStyle::TrailingColon:
            out += "### ";
            out += name;
            out += ":\n\n";
            break;
        case HeadingStyle::SameLine:
            out += "### ";
            out += name;
            out += bodyIsParagraph ? ": " : ":\n\n";
            break;
        case HeadingStyle::BoldLabel:
            out += "**";
            out += name;
            // Bold-label pages put short text on the label line and lists below it.
            out += bodyIsParagraph && m_rng.chance(600) ? ":** " : ":**\n\n";
            break;
        }
        out += body;
        while (!out.empty() && out.back() == '\n')
            out.pop_back();
        out += style.doubleGap ? "\n\n\n" : "\n\n";
    }

    void buildSections(std::string &out, const std::string &title, const std::vector<Ingredient> &ings,
                       PageContext &ctx, const PageStyle &style)
    {
        std::string body;
        const bool combo = ings.size() > 1;
        // Combination pages often split a section into one bold paragraph per ingredient.
        const bool splitByIngredient = combo && m_rng.chance(400);

        body = title;
        body += '\n';
        if (combo && m_rng.chance(300)) {
            body += '\n';
            m_w.paragraph(body, kCombinedSentences, 2, ctx);
        }
        section(out, "Generic Name", body, style);

        body.clear();
        if (splitByIngredient) {
            perIngredientParagraphs(body, ings, kUsageSentences, 3);
            body += "**Combined Use:** ";
            m_w.paragraph(body, kCombinedSentences, 2, ctx);
        } else {
            m_w.paragraph(body, kUsageSentences, m_rng.range(5, 8), ctx);
            if (m_rng.chance(800)) {
                body += '\n';
                m_w.paragraph(body, kUsageSentences, m_rng.range(3, 5), ctx);
            }
        }
        section(out, "Usage", body, style);

        body.clear();
        dosage(body, ctx);
        section(out, "Dosage", body, style);

        body.clear();
        if (splitByIngredient) {
            for (const Ingredient &ing : ings) {
                body += "**" + ing.name + ":**\n\n";
                PageContext ic{ing.name, ing.cls};
                starCommonSerious(body, ic);
                body += '\n';
            }
        } else {
            sideEffects(body, ctx);
        }
        section(out, "Side Effects", body, style);

        body.clear();
        if (splitByIngredient) {
            perIngredientParagraphs(body, ings, kHowSentences, 3);
        } else {
            m_w.paragraph(body, kHowSentences, m_rng.range(5, 7), ctx);
            if (m_rng.chance(700)) {
                body += '\n';
                m_w.paragraph(body, kFillerSentences, m_rng.range(2, 4), ctx);
            }
        }
        section(out, "How it Works", body, style);

        body.clear();
        precautions(body, ctx, m_rng.range(5, 8));
        section(out, "Precautions", body, style);

        body.clear();
        faqs(body, ctx, style.faq, m_rng.range(4, 7));
        section(out, "FAQs", body, style);
    }

    template<size_t N>
    void perIngredientParagraphs(std::string &body, const std::vector<Ingredient> &ings, const char *const (&bank)[N],
                                 int sentences)
    {
        for (const Ingredient &ing : ings) {
            PageContext ic{ing.name, ing.cls};
            body += "**" + ing.name + ":** ";
            m_w.paragraph(body, bank, sentences, ic);
            body += '\n';
        }
    }

    void dosage(std::string &body, const PageContext &ctx)
    {
        m_w.paragraph(body, kDosageSentences, m_rng.range(4, 6), ctx);
        if (m_rng.chance(750)) {
            body += "\n**Adults:**\n\n";
            for (const size_t idx : distinct(std::size(kFormLabels), m_rng.range(3, 5))) {
                body += "* **";
                body += kFormLabels[idx];
                body += ":** ";
                m_w.expand(body, m_rng.pick(kDoseBulletSentences), ctx);
                body += '\n';
            }
            if (m_rng.chance(600)) {
                body += "\n**Children:**\n\n";
                m_w.paragraph(body, kDosageSentences, m_rng.range(2, 3), ctx);
            }
            if (m_rng.chance(500)) {
                body += "\n**Dosage Adjustments:**\n\n";
                body += "* **Kidney Impairment:** ";
                m_w.expand(
                    body,
                    "A lower dose or a longer interval between doses may be needed; {W} will use {L} to guide this.",
                    ctx);
                body += "\n* **Liver Impairment:** ";
                m_w.expand(body, "Use with caution, as levels can build up when the liver clears the drug slowly.",
                           ctx);
                body += '\n';
            }
        } else if (m_rng.chance(500)) {
            body += '\n';
            m_w.paragraph(body, kDosageSentences, m_rng.range(2, 4), ctx);
        }
        if (m_rng.chance(400)) {
            body += "\n**Administration:** ";
            m_w.paragraph(body, kDosageSentences, m_rng.range(2, 3), ctx);
        }
    }

    // Picks `count` distinct skewed indices below `size`.
    const std::vector<size_t> &distinct(size_t size, int count)
    {
        m_picked.clear();
        while (m_picked.size() < size_t(count) && m_picked.size() < size) {
            size_t idx = m_rng.skewed(size);
            while (std::find(m_picked.begin(), m_picked.end(), idx) != m_picked.end())
                idx = (idx + 1) % size;
            m_picked.push_back(idx);
        }
        return m_picked;
    }

    void bulletList(std::string &body, const char *const *list, size_t size, int count, bool explain)
    {
        for (const size_t idx : distinct(size, count)) {
            body += m_rng.chance(100) ? "*  " : "* ";
            m_w.capitalisedItem(body, list[idx]);
            if (explain && m_rng.chance(250)) {
                body += ' ';
                body += m_rng.pick(kBulletNotes);
            }
            body += '\n';
        }
    }

    template<size_t N>
    void commaList(std::string &body, const char *const (&list)[N], int count)
    {
        bool first = true;
        for (const size_t idx : distinct(N, count)) {
            if (!first)
                body += ", ";
            first = false;
            body += list[idx];
        }
    }

    void starCommonSerious(std::string &body, const PageContext &ctx)
    {
        body += "* Common: ";
        body += ctx.cls->effects[0];
        body += ", ";
        commaList(body, kSymptoms, m_rng.range(2, 4));
        body += ".\n* Less Common but Serious: ";
        commaList(body, kSeriousEffects, m_rng.range(2, 3));
        body += ". Seek medical attention if these occur.\n";
    }

    void sideEffects(std::string &body, const PageContext &ctx)
    {
        const size_t variant = m_rng.below(100);
        if (variant < 45) {
            // Intro line + bullets, twice, then advice.
            body += m_rng.pick(kSideIntros);
            body += "\n\n";
            bulletList(body, kSymptoms, std::size(kSymptoms), m_rng.range(5, 9), true);
            body += '\n';
            body += m_rng.pick(kSeriousIntros);
            body += "\n\n";
            bulletList(body, kSeriousEffects, std::size(kSeriousEffects), m_rng.range(4, 7), false);
            body += '\n';
            m_w.paragraph(body, kSideOutros, m_rng.range(2, 3), ctx);
        } else if (variant < 70) {
            // "* **Common:** a, b, c." bullets.
            if (m_rng.chance(500)) {
                m_w.paragraph(body, kSideSentences, 1, ctx);
                body += '\n';
            }
            body += "* **Common:** ";
            body += ctx.cls->effects[m_rng.below(3)];
            body += ", ";
            commaList(body, kSymptoms, m_rng.range(3, 6));
            body += ".\n* **Less Common but Serious:** ";
            commaList(body, kSeriousEffects, m_rng.range(2, 4));
            body += ". ";
            m_w.paragraph(body, kSideOutros, 1, ctx);
            body += '\n';
            m_w.paragraph(body, kSideSentences, m_rng.range(2, 3), ctx);
        } else if (variant < 85) {
            // Bold label lines with frequency bands.
            body += m_rng.chance(500) ? "**Common Side Effects (1-10%):**\n\n" : "**Common:**\n\n";
            bulletList(body, kSymptoms, std::size(kSymptoms), m_rng.range(4, 7), true);
            body += m_rng.chance(500) ? "\n**Serious Side Effects (less than 1%):**\n\n"
                                      : "\n**Less Common but Serious:**\n\n";
            bulletList(body, kSeriousEffects, std::size(kSeriousEffects), m_rng.range(3, 6), false);
            body += '\n';
            m_w.paragraph(body, kSideOutros, m_rng.range(1, 3), ctx);
        } else {
            m_w.paragraph(body, kSideSentences, m_rng.range(3, 5), ctx);
            body += '\n';
            m_w.paragraph(body, kSideOutros, m_rng.range(1, 2), ctx);
        }
    }

    void precautions(std::string &body, const PageContext &ctx, int count)
    {
        if (m_rng.chance(300)) {
            m_w.expand(body, "Before taking {D}, tell {W} about your medical history, in particular:", ctx);
            body += "\n\n";
        }
        const bool gaps = m_rng.chance(400);
        uint32_t used = 0;
        for (int i = 0; i < count; ++i) {
            size_t idx = m_rng.below(kPrecautionCount);
            while (used & (1u << idx))
                idx = (idx + 1) % kPrecautionCount;
            used |= 1u << idx;
            const Precaution &p = kPrecautions[idx];
            body += "* **";
            body += p.label;
            body += ":** ";
            m_w.expand(body, p.sentences[0], ctx);
            if (m_rng.chance(850)) {
                body += ' ';
                m_w.expand(body, p.sentences[1], ctx);
            }
            if (m_rng.chance(400)) {
                body += ' ';
                m_w.expand(body, m_rng.pick(kFillerSentences), ctx);
            }
            body += gaps ? "\n\n" : "\n";
        }
    }

    void faqs(std::string &body, const PageContext &ctx, FaqStyle style, int count)
    {
        const bool gaps = style == FaqStyle::QLines || m_rng.chance(500);
        uint32_t used = 0;
        if (style == FaqStyle::QLines)
            body += '\n';
        for (int i = 0; i < count; ++i) {
            size_t idx = m_rng.below(kFaqCount);
            while (used & (1u << idx))
                idx = (idx + 1) % kFaqCount;
            used |= 1u << idx;
            const Faq &f = kFaqs[idx];
            switch (style) {
            case FaqStyle::StarQ:
                body += "* **Q: ";
                m_w.expand(body, f.q, ctx);
                body += m_rng.chance(100) ? "**  A: " : "** A: ";
                m_w.expand(body, f.a, ctx);
                followUp(body, ctx);
                break;
            case FaqStyle::QLines:
                body += "**Q: ";
                m_w.expand(body, f.q, ctx);
                body += "**\n\nA: ";
                m_w.expand(body, f.a, ctx);
                followUp(body, ctx);
                break;
            case FaqStyle::BoldNoQ:
                body += "* **";
                m_w.expand(body, f.q, ctx);
                body += "** ";
                m_w.expand(body, f.a, ctx);
                followUp(body, ctx);
                break;
            }
            body += gaps ? "\n\n" : "\n";
        }
    }

    void followUp(std::string &body, const PageContext &ctx)
    {
        if (m_rng.chance(450)) {
            body += ' ';
            m_w.expand(body, m_rng.pick(kFaqFollowUps), ctx);
        }
    }

    // Sections repeated once per ingredient, in one of two shapes seen in real
    // pages: "### Name" + bold labels, or "**1. Name:**" + same-line headings.
    void buildPerIngredient(std::string &out, const std::string &title, const std::vector<Ingredient> &ings,
                            PageContext &ctx, const PageStyle &style)
    {
        m_w.paragraph(out, kPreambles, 1, ctx);
        out += '\n';
        const bool numbered = m_rng.chance(400);
        if (!numbered) {
            out += "### Generic Name: " + title + "\n\n";
            m_w.paragraph(out, kCombinedSentences, 2, ctx);
            out += '\n';
        }
        std::string body;
        int n = 0;
        for (const Ingredient &ing : ings) {
            PageContext ic{ing.name, ing.cls};
            if (numbered) {
                out += "**" + std::to_string(++n) + ". " + ing.name + ":**\n\n";
                out += "### Generic Name: " + ing.name + "\n\n";
                const char *names[] = {"Usage", "Dosage", "Side Effects", "How it Works", "Precautions"};
                for (const char *name : names) {
                    out += "### ";
                    out += name;
                    out += ": ";
                    if (name[0] == 'U')
                        m_w.paragraph(out, kUsageSentences, m_rng.range(2, 4), ic);
                    else if (name[0] == 'D')
                        m_w.paragraph(out, kDosageSentences, m_rng.range(2, 3), ic);
                    else if (name[0] == 'S')
                        m_w.paragraph(out, kSideSentences, m_rng.range(2, 3), ic);
                    else if (name[0] == 'H')
                        m_w.paragraph(out, kHowSentences, m_rng.range(2, 3), ic);
                    else
                        m_w.expand(out, kPrecautions[m_rng.below(kPrecautionCount)].sentences[0], ic);
                    out += name[0] == 'P' ? "\n\n" : "\n";
                }
                continue;
            }
            out += "### " + ing.name + "\n\n";
            out += "**Usage:** ";
            m_w.paragraph(out, kUsageSentences, m_rng.range(3, 5), ic);
            out += "\n\n**Dosage:** ";
            m_w.paragraph(out, kDosageSentences, m_rng.range(2, 4), ic);
            out += "\n\n**Side Effects:**\n\n";
            starCommonSerious(out, ic);
            out += "\n\n**How it Works:** ";
            m_w.paragraph(out, kHowSentences, m_rng.range(2, 4), ic);
            out += "\n\n**Precautions:** ";
            m_w.expand(out, "{D} should be used with caution in patients with:", ic);
            out += "\n\n";
            bulletList(out, kConditions, std::size(kConditions), m_rng.range(3, 4), false);
            out += "\n\n";
        }
        out += "### Combined Use of " + ctx.drug + "\n\n";
        m_w.paragraph(out, kCombinedSentences, m_rng.range(3, 4), ctx);
        out += '\n';
        body.clear();
        faqs(body, ctx, style.faq, m_rng.range(4, 6));
        out += m_rng.chance(500) ? "### FAQs (Combined Use)\n\n" : "### FAQs\n\n";
        out += body;
        out += '\n';
    }

    Writer m_w;
    Rng &m_rng;
    std::vector<size_t> m_picked;
};

// ---------------------------------------------------------------------------
// Names, titles, slugs
// ---------------------------------------------------------------------------

class NameFactory
{
public:
    explicit NameFactory(Rng &rng)
        : m_rng(rng)
    { }

    // A unique pronounceable stem plus a class suffix, e.g. "Torvadipine".
    Ingredient newIngredient()
    {
        for (;;) {
            const DrugClass &cls = kClasses[m_rng.skewed(kClassCount)];
            const int syllables = m_rng.chance(650) ? 2 : (m_rng.chance(500) ? 1 : 3);
            std::string name = firstSyllable(syllables > 1);
            for (int i = 1; i < syllables; ++i) {
                name += m_rng.pickSkewed(kOnsets);
                name += m_rng.pickSkewed(kVowels);
                if (i + 1 < syllables)
                    name += m_rng.pickSkewed(kCodas);
            }
            // Join stem and suffix without vowel pile-ups ("Badaolol").
            if (isVowel(cls.suffix[0])) {
                while (name.size() > 2 && isVowel(name.back()))
                    name.pop_back();
                if (isVowel(name.back()))
                    name += 'r';
            }
            name += cls.suffix;
            if (name.size() < 5 || !m_names.insert(name).second)
                continue;
            name[0] = char(name[0] - 'a' + 'A');
            return {name, &cls};
        }
    }

private:
    static bool isVowel(char c) { return std::strchr("aeiouy", c) != nullptr; }

    // First letters follow the spread of real drug names (many A, C, P, T;
    // few J, Q, X), so that prefix search hits realistic bucket sizes.
    std::string firstSyllable(bool more)
    {
        static const int weights[26] = {
            210, 115, 258, 145, 69, 102, 68, 46, 73, 2, 10, 97, 144, 66, 52, 156, 6, 67, 116, 145, 12, 21, 4, 2, 2, 12,
        };
        static const int total = [] {
            int t = 0;
            for (const int w : weights)
                t += w;
            return t;
        }();
        int r = int(m_rng.below(size_t(total)));
        char letter = 'a';
        for (int i = 0; i < 26; ++i) {
            if (r < weights[i]) {
                letter = char('a' + i);
                break;
            }
            r -= weights[i];
        }
        std::string syl(1, letter);
        if (isVowel(letter) && letter != 'y') {
            // Vowel-initial names ("Alto...", "Ex..."): close the syllable.
            const char *coda = m_rng.pickSkewed(kCodas);
            syl += *coda ? coda : "l";
            if (!more)
                syl += m_rng.pickSkewed(kVowels);
            return syl;
        }
        // Sometimes a consonant cluster starting with the chosen letter.
        if (m_rng.chance(250)) {
            for (size_t tries = 0; tries < 8; ++tries) {
                const char *onset = m_rng.pick(kOnsets);
                if (onset[0] == letter && onset[1]) {
                    syl = onset;
                    break;
                }
            }
        }
        syl += letter == 'q' ? "ui" : m_rng.pickSkewed(kVowels);
        if (more)
            syl += m_rng.pickSkewed(kCodas);
        return syl;
    }

    Rng &m_rng;
    std::unordered_set<std::string> m_names;
};

std::string slugify(const std::string &title)
{
    std::string slug;
    slug.reserve(title.size());
    bool dash = false;
    for (const char c : title) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && !slug.empty())
                slug += '-';
            slug += c;
            dash = false;
        } else if (c >= 'A' && c <= 'Z') {
            if (dash && !slug.empty())
                slug += '-';
            slug += char(c - 'A' + 'a');
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug.empty() ? std::string("page") : slug;
}

void toCrlf(const std::string &in, std::string &out)
{
    out.clear();
    out.reserve(in.size() + in.size() / 32);
    for (const char c : in) {
        if (c == '\n')
            out += '\r';
        out += c;
    }
}

bool writeFile(const std::string &path, const std::string &data)
{
    std::FILE *f = std::fopen(path.c_str(), "wb");
    if (!f)
        return false;
    const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
    return std::fclose(f) == 0 && ok;
}

int usage(const char *argv0)
{
    std::fprintf(stderr,
                 "usage: %s OUTDIR N [--seed S]\n"
                 "Writes N synthetic drug pages to OUTDIR/<letter>/<slug>.md.\n",
                 argv0);
    return 2;
}

bool parseUnsigned(const char *s, uint64_t &value)
{
    if (!s || !*s || *s == '-')
        return false;
    errno = 0;
    char *end = nullptr;
    value = std::strtoull(s, &end, 10);
    return errno == 0 && end && *end == '\0';
}

struct Stats
{
    uint64_t pages = 0, bytes = 0, combination = 0, perIngredient = 0, boldLabels = 0, headingColon = 0,
             headingSameLine = 0, faqQLines = 0, faqBoldNoQ = 0, duplicates = 0, crlf = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3)
        return usage(argv[0]);
    const std::string outDir = argv[1];
    uint64_t count = 0;
    uint64_t seed = 1;
    if (!parseUnsigned(argv[2], count))
        return usage(argv[0]);
    for (int i = 3; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
            if (!parseUnsigned(argv[++i], seed))
                return usage(argv[0]);
        } else {
            return usage(argv[0]);
        }
    }

    std::error_code ec;
    // Files from an earlier run with other arguments would silently join the
    // benchmark set, so say so.
    if (fs::is_directory(outDir, ec) && !fs::is_empty(outDir, ec))
        std::fprintf(stderr, "warning: %s is not empty; existing pages are kept\n", outDir.c_str());
    fs::create_directories(outDir, ec);
    if (ec) {
        std::fprintf(stderr, "cannot create %s: %s\n", outDir.c_str(), ec.message().c_str());
        return 1;
    }

    const auto started = std::chrono::steady_clock::now();
    Rng rng(seed);
    NameFactory names(rng);
    PageBuilder builder(rng);

    // Only names and titles are kept (tens of bytes per page); page text is
    // written out as soon as it is built.
    std::vector<Ingredient> singles; // combination pages draw from these
    std::vector<std::string> titles; // candidates for duplicate titles
    std::unordered_set<std::string> usedTitles, usedSlugs;
    bool letterDirMade[36] = {};
    std::string page, crlfPage, path;
    page.reserve(32 * 1024);
    Stats stats;

    for (uint64_t i = 0; i < count; ++i) {
        std::vector<Ingredient> ings;
        std::string title;
        bool perIngredient = false;

        if (!titles.empty() && rng.chance(kRateDuplicateTitle)) {
            // Reuse an earlier title; the body is regenerated, as in real
            // folders where the same product was written up twice.
            title = titles[rng.below(titles.size())];
            size_t start = 0;
            for (;;) {
                const size_t plus = title.find(" + ", start);
                Ingredient ing = singles[rng.below(singles.size())];
                ing.name = title.substr(start, plus == std::string::npos ? plus : plus - start);
                ings.push_back(ing);
                if (plus == std::string::npos)
                    break;
                start = plus + 3;
            }
            ++stats.duplicates;
        } else if (singles.size() >= 8 && rng.chance(kRateCombination)) {
            // Combination of 2 to 8 ingredients, in the proportions of real
            // folders. Popular
            // ingredients are reused often, as with real fixed-dose products.
            const size_t r = rng.below(100);
            const int n = r < 52 ? 2 : r < 75 ? 3 : r < 88 ? 4 : r < 94 ? 5 : rng.range(6, 8);
            for (int attempt = 0; attempt < 20 && title.empty(); ++attempt) {
                ings.clear();
                for (int k = 0; k < n; ++k) {
                    Ingredient ing;
                    if (k > 0 && rng.chance(150)) {
                        ing = {rng.pick(kAdjuncts), &kSupplementClass};
                    } else {
                        ing = singles[rng.skewed(singles.size())];
                        if (rng.chance(150))
                            ing.name += std::string(" ") + rng.pick(kSalts);
                    }
                    const auto stem = [](const std::string &name) { return name.substr(0, name.find(' ')); };
                    const bool dup = std::any_of(ings.begin(), ings.end(),
                                                 [&](const Ingredient &o) { return stem(o.name) == stem(ing.name); });
                    if (!dup)
                        ings.push_back(ing);
                }
                if (ings.size() < 2)
                    continue;
                if (rng.chance(800))
                    std::sort(ings.begin(), ings.end(),
                              [](const Ingredient &a, const Ingredient &b) { return a.name < b.name; });
                std::string t;
                for (size_t k = 0; k < ings.size(); ++k) {
                    if (k > 0)
                        t += " + ";
                    t += ings[k].name;
                }
                if (usedTitles.insert(t).second)
                    title = t;
            }
            if (!title.empty()) {
                ++stats.combination;
                perIngredient = rng.chance(kRatePerIngredient * 1000 / kRateCombination);
            }
        }
        if (title.empty()) {
            ings.assign(1, names.newIngredient());
            singles.push_back(ings.front());
            title = ings.front().name;
            // Salt or route qualifiers, as in "X Hydrochloride" or "X (Topical)".
            if (rng.chance(80))
                title += std::string(" ") + rng.pick(kSalts);
            else if (rng.chance(40))
                title += std::string(" ") + rng.pick(kRoutes);
            usedTitles.insert(title);
        }
        titles.push_back(title);

        PageStyle style;
        const int h = int(rng.below(1000));
        if (h < kRateBoldLabels)
            style.heading = HeadingStyle::BoldLabel;
        else if (h < kRateBoldLabels + kRateHeadingColon)
            style.heading = HeadingStyle::TrailingColon;
        else if (h < kRateBoldLabels + kRateHeadingColon + kRateHeadingSameLine)
            style.heading = HeadingStyle::SameLine;
        const int f = int(rng.below(1000));
        if (f < kRateFaqQLines)
            style.faq = FaqStyle::QLines;
        else if (f < kRateFaqQLines + kRateFaqBoldNoQ)
            style.faq = FaqStyle::BoldNoQ;
        style.blankAfterHeading = rng.chance(400);
        style.doubleGap = rng.chance(300);

        page.clear();
        builder.build(page, title, ings, style, perIngredient);

        // File name: slug of the title; duplicates and rare slug clashes get
        // a trailing or doubled dash, which is how real folders end up with them.
        std::string slug = slugify(title);
        if (slug.size() > 180) // stay well inside file-name limits for long combinations
            slug.resize(180);
        while (!usedSlugs.insert(slug).second) {
            const size_t dash = slug.find('-');
            if (dash != std::string::npos && slug.find("--") == std::string::npos && rng.chance(500))
                slug.insert(dash, 1, '-');
            else
                slug += '-';
        }
        const char letter = slug[0];
        const int li = (letter >= 'a' && letter <= 'z') ? letter - 'a' : 26 + (letter - '0') % 10;
        path = outDir;
        path += '/';
        path += letter;
        if (!letterDirMade[li]) {
            fs::create_directories(path, ec);
            if (ec) {
                std::fprintf(stderr, "cannot create %s: %s\n", path.c_str(), ec.message().c_str());
                return 1;
            }
            letterDirMade[li] = true;
        }
        path += '/';
        path += slug;
        path += ".md";

        const bool crlf = rng.chance(kRateCrlf);
        const std::string *data = &page;
        if (crlf) {
            toCrlf(page, crlfPage);
            data = &crlfPage;
        }
        if (!writeFile(path, *data)) {
            std::fprintf(stderr, "cannot write %s: %s\n", path.c_str(), std::strerror(errno));
            return 1;
        }

        ++stats.pages;
        stats.bytes += data->size();
        stats.perIngredient += perIngredient;
        stats.boldLabels += style.heading == HeadingStyle::BoldLabel;
        stats.headingColon += style.heading == HeadingStyle::TrailingColon;
        stats.headingSameLine += style.heading == HeadingStyle::SameLine;
        stats.faqQLines += style.faq == FaqStyle::QLines;
        stats.faqBoldNoQ += style.faq == FaqStyle::BoldNoQ;
        stats.crlf += crlf;
    }

    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("wrote %llu pages, %.1f MB (avg %.0f bytes) in %.1f s\n", static_cast<unsigned long long>(stats.pages),
                double(stats.bytes) / 1e6, stats.pages ? double(stats.bytes) / double(stats.pages) : 0.0, secs);
    std::printf("combination %llu, per-ingredient %llu, bold labels %llu, heading colon %llu, "
                "heading same line %llu, FAQ Q-lines %llu, FAQ bold without Q %llu, "
                "duplicate titles %llu, CRLF %llu\n",
                static_cast<unsigned long long>(stats.combination),
                static_cast<unsigned long long>(stats.perIngredient), static_cast<unsigned long long>(stats.boldLabels),
                static_cast<unsigned long long>(stats.headingColon),
                static_cast<unsigned long long>(stats.headingSameLine),
                static_cast<unsigned long long>(stats.faqQLines), static_cast<unsigned long long>(stats.faqBoldNoQ),
                static_cast<unsigned long long>(stats.duplicates), static_cast<unsigned long long>(stats.crlf));
    return 0;
}
