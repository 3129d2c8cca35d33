// Word pools for the generated corpora. Every speaker draws from the same
// pools, so word trigrams ("we will continue to", "across the region") recur
// across thousands of speakers, as the talking points of real officials do.

export const FIRST_NAMES = (
  'Maria Elena James Olivia Daniel Sofia Thomas Amara Lucas Hannah David Nadia Samuel Grace Omar Leila Peter Ines ' +
  'Jonas Clara ' +
  'Victor Mei Rahul Priya Ahmed Fatima Carlos Lucia Erik Astrid Kofi Ama Sean Niamh Pavel Katya Andre Beatriz ' +
  'Tomas Zofia ' +
  'Hugo Camille Felix Greta Mateo Valeria Ibrahim Yasmin Noah Chloe Ethan Aisha Marcus Ingrid Diego Paula Kenji ' +
  'Yuki Arjun Divya ' +
  'Rafael Julia Stefan Marta Jakub Alicja Emeka Ngozi Liam Aoife Henrik Sigrid Tariq Salma Bruno Chiara Anders ' +
  'Freya Nikolai Irina ' +
  'José Zoë Renée Søren Björn Ángel Noémi Dāvis Chidi Efua Ruth Simon Miriam Aaron Esther Paolo Teresa Oscar Alma ' +
  'Isaac Rosa'
).split(' ');

export const SURNAMES = (
  'Okafor Lindqvist Moreau Brennan Castillo Novak Haddad Whitaker Ferreira Nakamura Kowalski Mensah Delgado ' +
  'Fischer Ahmadi ' +
  'Sorensen Petrov Oyelaran Gallagher Romano Vasquez Thornton Hartmann Mbeki Lestrange Duarte Kovacs Aldridge ' +
  'Bergström Castellanos ' +
  'Iyer Chaudhry Rahman Obi Kuznetsova Halvorsen Marchetti Quintero Abernathy Lefebvre Szabo Nwosu Eriksen Pereira ' +
  'Tanaka Yamamoto ' +
  'Ramírez Müller Ó\u00a0Briain Blackwood Ashworth Pemberton Fairweather Underhill Kingsley Holloway Radcliffe ' +
  'Summers Winslow Carrington ' +
  'Adeyemi Boateng Asante Owusu Achebe Danjuma Kamara Sesay Mwangi Otieno Wanjiru Njoroge Banerjee Mehta Pillai ' +
  'Reddy Sethi Kapoor ' +
  'Horvath Nagy Varga Dvorak Svoboda Jelinek Popescu Ionescu Georgiou Papadopoulos Karagiannis Demir Yilmaz Arslan ' +
  'Kaya Sahin ' +
  'Lindgren Nyberg Holm Berg Dahl Strand Virtanen Korhonen Laine Salo Heikkinen Ramos Mendes Figueiredo Carvalho ' +
  'Almeida Teixeira ' +
  'Gauthier Girard Fontaine Rousseau Lambert Bonnet Chevalier Esposito Ricci Bruno Greco Conti Costa Fontana ' +
  'Moretti Barbieri ' +
  'Schneider Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf Neumann Schwarz Zimmermann Braun Kruger Hofmann ' +
  'Lange ' +
  'Whitfield Lockwood Ellery Hadley Marsh Pryce Calloway Drummond Everett Garland Harrow Ingram Jessop Keating ' +
  'Lyle Mercer'
)
  .split(' ')
  .map((s) => s.replace('\u00a0', ' '))
  .filter((s) => !s.includes(' '));

/** Family-name-first names, as Chinese, Korean and Vietnamese names are written. */
export const FAMILY_FIRST = {
  family: 'Guo Zhou Bao Liang Xu Feng Tang Cao Deng Kang Pham Nguyen Tran Park Choi Jeong Han Lim'.split(' '),
  given:
    'Jiakun Mingzhe Wenhao Xiaoling Yufei Haoran Jianyun Zihan Ruolan Tianyi Minh Thao Seojun Jiwoo Hyun Sunhee'.split(
      ' ',
    ),
};

export const TOPICS = (
  'Transport Health Education Finance Agriculture Energy Housing Trade Justice Environment Culture Labour ' +
  'Commerce Water Science Industry Tourism Fisheries Defence Interior Digital Affairs'
).split(' ');
export const ORG_FORMS = [
  'Ministry of {T}',
  'Department of {T}',
  'National {T} Agency',
  '{P} City Council',
  '{P} County Council',
  'Regional {T} Commission',
  '{P} Port Authority',
  'University of {P}',
  '{P} Chamber of Commerce',
  'Institute for {T} Studies',
  '{P} Hospital Trust',
  'National {T} Association',
  '{P} Water Board',
  '{T} Workers Union',
];
export const TITLES = [
  'spokesperson',
  'minister',
  'deputy minister',
  'director',
  'chief executive',
  'chair',
  'senior research fellow',
  'professor of economics',
  'mayor',
  'council member',
  'press secretary',
  'policy adviser',
  'head of communications',
  'president',
  'secretary-general',
  'chief economist',
  'regional coordinator',
  'deputy director',
  'treasurer',
  'commissioner',
];
export const OUTLETS = [
  'Reuters',
  'Bloomberg',
  'AFP',
  'Associated Press',
  'Kyodo',
  'The Courier',
  'Harbour Daily',
  'Radio North',
  'Evening Post',
  'Channel Seven',
];

export const PLACE_HEADS = (
  'Har Dun Kes Mar Bel Cal Ash Wen Tor Lin Rad Sel Fen Gor Hol Iver Jas Kel Lor Mor Nor Ost Pen Quin Ros Sten Tal ' +
  'Ul Val Wyn Brack Cor Elm Fal Glen Hurst Kirk Lang Mill Oak'
).split(' ');
export const PLACE_TAILS =
  'low more ton ford field bury wick dale mouth stead bridge haven brook worth ley port gate holm by thorpe'.split(' ');

export * from './vocab-speech';
