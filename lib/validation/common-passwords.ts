// The passwords (and password bases) that attackers try first: French and English lists of the
// most used passwords, keyboard walks, first names and words people pick for a public service.
// Entries are in normalised form (see normalisePasswordCandidates): lower case, no accents, no
// leading/trailing digits or symbols, leetspeak undone. A password is refused when one of its
// normalised forms is in this set, so « Motdepasse1! », « Azerty123! » or « P@ssw0rd! » are caught.
const COMMON_PASSWORD_BASES = [
  // French
  'motdepasse', 'motdepass', 'mdp', 'azerty', 'azertyuiop', 'azertyui', 'azer', 'qsdfgh',
  'qsdfghjklm', 'wxcvbn', 'soleil', 'bonjour', 'bonsoir', 'salut', 'coucou', 'loulou', 'doudou',
  'chouchou', 'jetaime', 'jetadore', 'amour', 'monamour', 'mamour', 'toto', 'titi', 'tata',
  'marseille', 'paris', 'lyon', 'toulouse', 'bordeaux', 'lille', 'nantes', 'nice', 'strasbourg',
  'montpellier', 'rennes', 'bretagne', 'france', 'vivelafrance', 'allezlesbleus', 'psg', 'om',
  'olympiquedemarseille', 'princesse', 'princess', 'chocolat', 'doudoune', 'bisous', 'bebe',
  'cheval', 'chaton', 'chat', 'chien', 'papillon', 'nounours', 'nicolas', 'julien', 'thomas',
  'camille', 'marie', 'pierre', 'alexandre', 'antoine', 'maxime', 'laura', 'sophie', 'manon',
  'julie', 'lucas', 'louis', 'emma', 'chloe', 'sarah', 'kevin', 'jeremy', 'sebastien', 'stephane',
  'celine', 'isabelle', 'nathalie', 'sandrine', 'christophe', 'philippe', 'frederic', 'vincent',
  'francois', 'michel', 'jeanne', 'famille', 'maison', 'vacances', 'bienvenue', 'bienvenu',
  'secret', 'motsecret', 'code', 'codesecret', 'utilisateur', 'connexion', 'compte', 'moncompte',
  'guichet', 'departement', 'conseildepartemental', 'conseil', 'mairie', 'commune', 'prefecture',
  'administration', 'association', 'asso', 'service', 'public', 'servicepublic', 'citoyen',
  'dossier', 'demarche', 'changeme', 'change', 'changer', 'nouveau', 'nouveaumotdepasse',
  'provisoire', 'temporaire', 'test', 'essai', 'demo', 'abcdef', 'abcd', 'abc',
  // English
  'password', 'passw', 'passwd', 'pass', 'passpass', 'mypassword', 'newpassword',
  'qwerty', 'qwertyuiop', 'qwertz', 'asdfgh', 'asdfghjkl', 'zxcvbn', 'zxcvbnm', 'qazwsx',
  'qwe', 'qweqwe', 'qweasd', 'qweasdzxc', 'iloveyou', 'iloveu', 'loveyou', 'love', 'lovely',
  'welcome', 'welcomeback', 'hello', 'helloworld', 'letmein', 'admin', 'administrator', 'root',
  'login', 'user', 'guest', 'master', 'superman', 'batman', 'spiderman', 'starwars', 'pokemon',
  'naruto', 'dragon', 'monkey', 'shadow', 'sunshine', 'football', 'soccer',
  'baseball', 'basketball', 'hockey', 'michael', 'jordan', 'charlie', 'daniel', 'jessica',
  'ashley', 'michelle', 'jennifer', 'andrew', 'robert', 'matthew', 'joshua', 'hunter',
  'ranger', 'buster', 'tigger', 'ginger', 'pepper', 'cookie', 'summer', 'winter', 'freedom',
  'whatever', 'trustno', 'killer', 'flower', 'computer', 'internet', 'google',
  'samsung', 'apple', 'abcabc', 'aaaaaa', 'aaaa', 'aa', 'a', 'azerazer',
  'tester', 'testing', 'default', 'changeit', 'access',
  'mustang', 'harley', 'hottie', 'lovers', 'angel', 'babygirl', 'blink', 'matrix',
  // Digits only: matched as typed, before decorations are stripped
  '123456', '12345678', '123456789', '1234567890', '000000', '111111', '123123', '654321',
];

const commonPasswordBases: ReadonlySet<string> = new Set(COMMON_PASSWORD_BASES);

const LEET: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
// '1' is either an i or an l: both readings are tried.
const ONE_READINGS = ['i', 'l'];

function stripAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Removes what people add around a base word: « 2024! », « 123 », « !! ». */
function stripDecorations(value: string): string {
  return value.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, '');
}

function undoLeet(value: string, one: string): string {
  return [...value].map((char) => (char === '1' ? one : (LEET[char] ?? char))).join('');
}

/** The forms under which a password is looked up in the list. */
function normalisePasswordCandidates(password: string): string[] {
  const base = stripAccents(password.toLowerCase()).replace(/\s+/g, '');
  const candidates = new Set<string>([base, stripDecorations(base)]);
  for (const one of ONE_READINGS) {
    candidates.add(stripDecorations(undoLeet(stripDecorations(base), one)));
    candidates.add(stripDecorations(undoLeet(base, one)));
  }
  return [...candidates].filter((candidate) => candidate.length > 0);
}

export function isCommonPassword(password: string): boolean {
  return normalisePasswordCandidates(password).some((candidate) => commonPasswordBases.has(candidate));
}
