"""The contribution space of the park campaign, open now: the six proposals of the January 2019
workshops and what residents added, with comments, supports and the first official answers."""

from datetime import date

from .spaces import answer, comment, contribution, workshop

# The three collective proposals come from the tables of the same evening of workshops.
JANUARY_WORKSHOPS = ("Ateliers du 9 janvier 2019", date(2019, 1, 9), "Maison de quartier du Parc")

CONTRIBUTIONS = [
    contribution(
        "Valoriser les éléments qui seront conservés dans le parc",
        "mireille",
        (2, 18, 5),
        "Patrimoine",
        """
Lors des ateliers du 9 janvier, notre table a listé ce qui doit rester dans le parc quoi qu'il
arrive : les grands platanes de l'allée centrale, le kiosque, les murets en pierre meulière et la
fontaine, aujourd'hui à sec.

Nous proposons de les mettre en valeur plutôt que de les cacher derrière les nouveaux
aménagements : un petit panneau pour chacun qui raconte son histoire, un éclairage doux du
kiosque le soir, et la remise en eau de la fontaine l'été.

Ces éléments sont la mémoire du quartier : beaucoup d'entre nous y ont des souvenirs d'enfance.
""",
        **workshop(*JANUARY_WORKSHOPS, 14),
        supports=["bernard", "fatou"],
        follows=["karim"],
    ),
    contribution(
        "Un parc accessible à tous les âges",
        "redaction",
        (5, 11, 0),
        "Usages et fréquentation",
        """
Le conseil de quartier demande que le futur parc soit pensé pour les personnes âgées, les
parents avec une poussette et les personnes en fauteuil : des bancs avec dossier et accoudoirs
tous les cent mètres, des allées sans marches ni graviers, de l'ombre près des jeux.

Nous demandons aussi que les entrées du parc soient indiquées depuis les arrêts de bus.
""",
        provenance="paper",
        signed_as="Conseil de quartier du Parc",
        supports=["habitant", "bernard", "fatou", "mireille", "lucie"],
        comments=[
            comment(
                "bernard",
                (6, 9, 40),
                "Merci au conseil de quartier. J'ajoute les toilettes : il n'y en a aucune "
                "d'ouverte dans le parc, et c'est ce qui empêche beaucoup d'anciens de venir.",
            ),
        ],
    ),
    contribution(
        "Fréquentation du parc",
        "lucie",
        (10, 21, 15),
        "Usages et fréquentation",
        """
J'habite en face du parc et je le traverse tous les jours. Il y a trois moments forts : le matin
avec les coureurs et les promeneurs de chiens, la sortie des écoles vers 16 h 30, quand l'aire
de jeux déborde, et le week-end, quand les familles pique-niquent sur la pelouse nord.

Le reste du temps, de grandes parties du parc restent vides, surtout au sud, vers une entrée
mal éclairée et peu accueillante.

Avant de tout réaménager, il faudrait connaître ces usages : pourquoi ne pas compter les
passages à chaque entrée et demander aux promeneurs ce qu'ils viennent y faire ? Les nouveaux
aménagements devraient suivre ces habitudes, pas les contrarier.
""",
        supports=["habitant", "karim", "mireille", "thomas", "fatou"],
        follows=["habitant", "karim", "ines", "bernard"],
        comments=[
            comment(
                "karim",
                (11, 8, 30),
                "Même constat. J'ajoute que le parc se vide dès la tombée de la nuit en hiver : "
                "l'éclairage ne couvre que l'allée centrale.",
                comment(
                    "lucie",
                    (11, 12, 10),
                    "Oui, et les coureurs du soir passent par la rue faute de mieux. Un éclairage "
                    "le long de la boucle changerait tout.",
                ),
            ),
            comment(
                "bernard",
                (12, 17, 0),
                "Le dimanche matin, les bancs près de l'aire de jeux sont tous pris et il n'y en "
                "a presque pas ailleurs. Il faudrait mieux les répartir.",
                comment(
                    "redaction",
                    (14, 10, 0),
                    "Merci pour ces observations. Les comptages faits au printemps dernier par le "
                    "service des espaces verts seront publiés avec les documents de la "
                    "concertation avant la balade commentée.",
                ),
            ),
            comment(
                "fatou",
                (15, 19, 45),
                "Pour les familles, il manque surtout des fontaines d'eau potable. L'été, on fait "
                "des allers-retours à la maison.",
            ),
        ],
    ),
    contribution(
        "Repenser le parc en pôles d'intérêts",
        "karim",
        (14, 20, 30),
        "Usages et fréquentation",
        """
Aujourd'hui le parc est une grande pelouse traversée par des allées, et chacun s'y sent un peu
de trop : les enfants gênent les lecteurs, les ballons gênent les pique-niques.

Je propose de l'organiser en pôles, chacun avec son ambiance : un pôle jeux et sport près des
écoles, un pôle calme avec des bancs et de l'ombre, un pôle nature autour de la mare, un pôle
rencontres autour du kiosque, avec des tables pour les anniversaires et les associations.

Des allées bien signalées relieraient les pôles, pour que chacun trouve sa place sans gêner les
autres.
""",
        supports=["lucie", "mireille", "ines", "habitant"],
        follows=["lucie", "fatou", "thomas"],
        comments=[
            comment(
                "habitant",
                (16, 9, 15),
                "Bonne idée, à condition de garder une grande pelouse libre au milieu : c'est le "
                "seul endroit du quartier où l'on peut s'allonger dans l'herbe.",
            ),
        ],
    ),
    contribution(
        "Le parc, un lieu de restauration mobile",
        "redaction",
        (17, 14, 0),
        "Restauration et commerces",
        """
Synthèse de la table « Vivre le parc » des ateliers du 9 janvier 2019, saisie par l'équipe de
la concertation.

Les participants regrettent qu'on ne puisse rien acheter dans le parc : ni boisson, ni glace,
ni café. Ils proposent d'accueillir des camions de restauration et des triporteurs à certains
moments (week-ends, mercredis, soirées d'été), sur un emplacement fixe près de l'esplanade,
plutôt qu'un kiosque permanent.

Points d'attention : des prix accessibles, des produits locaux quand c'est possible, la gestion
des déchets, et la priorité aux commerçants du quartier.
""",
        **workshop(*JANUARY_WORKSHOPS, 11),
        provenance="workshop",
        signed_as="Conseil de quartier du Parc",
        supports=["habitant", "karim", "lucie", "ines", "fatou", "thomas"],
        follows=["lucie", "karim"],
        comments=[
            comment(
                "thomas",
                (18, 12, 20),
                "Et pourquoi pas des producteurs locaux une fois par semaine, comme un petit "
                "marché ?",
            ),
            comment(
                "ines",
                (19, 18, 0),
                "D'accord, si les déchets sont gérés : l'été dernier, les poubelles débordaient "
                "chaque dimanche soir.",
            ),
        ],
        answer=answer(
            "accepted",
            (24, 10, 0),
            "La ville retient cette proposition. Dès le printemps, deux emplacements seront "
            "réservés aux camions de restauration sur l'esplanade nord, le mercredi et le "
            "week-end, d'avril à octobre. Un appel à candidatures en fixera les règles, dont le "
            "tri et la collecte des déchets ; les commerçants du quartier y seront associés.",
        ),
    ),
    contribution(
        "Valoriser les chantiers de fouille",
        "thomas",
        (21, 19, 0),
        "Patrimoine",
        """
À la table patrimoine des ateliers, nous avons appris que des fouilles archéologiques auront lieu
avant les travaux. Plutôt que de cacher le chantier derrière des palissades aveugles, faisons-en
un événement pour le quartier.

Nos propositions : des fenêtres dans les palissades, des panneaux qui expliquent ce que l'on
cherche et ce que l'on trouve, des visites avec les archéologues pour les écoles et les familles,
puis une exposition des objets trouvés à la maison de quartier.

Le chantier ne durera que quelques mois ; son histoire peut rester dans le parc pour longtemps.
""",
        **workshop(*JANUARY_WORKSHOPS, 9),
        supports=["mireille", "bernard", "lucie"],
        follows=["mireille", "bernard"],
        comments=[
            comment(
                "bernard",
                (23, 10, 30),
                "Mon petit-fils serait ravi. Des visites le samedi matin permettraient aux "
                "familles de venir.",
            ),
        ],
        answer=answer(
            "accepted",
            (30, 11, 0),
            "Proposition retenue. Des panneaux illustrés seront posés sur les palissades dès "
            "l'ouverture du chantier de fouilles, et les archéologues guideront deux visites "
            "pendant les Journées du patrimoine ; les dates seront annoncées dans l'agenda.",
        ),
    ),
    contribution(
        "Les animaux du parc",
        "ines",
        (25, 8, 45),
        "Nature et animaux",
        """
Le parc abrite plus d'animaux qu'on ne le croit : des mésanges et des rouges-gorges dans les
haies, des canards sur la mare, des écureuils dans les grands arbres, et même des chauves-souris
les soirs d'été.

Je propose de leur faire une vraie place dans le projet : garder les vieux arbres et les haies,
installer des nichoirs et un hôtel à insectes, laisser des coins de prairie fauchés tard, et
présenter sur des panneaux les animaux que l'on peut croiser.

Les enfants du quartier adorent observer les canards : on pourrait aussi organiser des sorties
nature avec les écoles.
""",
        supports=["habitant", "karim", "lucie", "mireille", "fatou", "thomas", "bernard"],
        follows=["habitant", "mireille", "lucie", "fatou", "thomas", "bernard"],
        comments=[
            comment(
                "mireille",
                (26, 10, 0),
                "Il y a aussi des hérissons près de la haie du fond : attention aux tondeuses !",
                comment(
                    "ines",
                    (26, 13, 20),
                    "Merci, je ne savais pas ! Raison de plus pour laisser des coins non tondus.",
                ),
            ),
            comment(
                "karim",
                (28, 18, 40),
                "Et un espace clos pour les chiens, pour qu'ils puissent courir sans déranger les "
                "enfants ni les oiseaux ?",
            ),
            comment(
                "passant",
                (38, 22, 5),
                "Vends trottinette électrique, très bon état, 150 €. Appelez-moi au "
                "06 12 34 56 78, je passe tous les soirs au kiosque.",
            ),
        ],
        answer=answer(
            "under_study",
            (33, 9, 30),
            "Proposition à l'étude. Le service des espaces verts dresse avec une association "
            "naturaliste l'inventaire de la faune et de la flore du parc : il dira où poser "
            "nichoirs et refuges et quels espaces laisser en fauche tardive. Un espace pour les "
            "chiens sera étudié avec l'organisation des pôles du parc.",
        ),
    ),
    contribution(
        "Un jardin partagé près de l'aire de jeux",
        "fatou",
        (31, 17, 30),
        "Nature et animaux",
        """
Beaucoup d'entre nous vivent en appartement, sans balcon. Un petit jardin partagé dans le parc,
avec quelques parcelles cultivées par des habitants et par une école, permettrait d'apprendre à
jardiner et de se rencontrer.

Le jardin partagé de l'Agora marche très bien : demandons conseil à celles et ceux qui s'en
occupent. Près de l'aire de jeux, les parents pourraient jardiner tout en surveillant leurs
enfants.
""",
        supports=["ines", "mireille"],
        follows=["ines"],
    ),
]

PARK_SPACE = {
    "campaign": "repenser-le-parc",
    "slug": "propositions",
    "title": "Vos propositions pour le parc",
    "question": "Comment voulez-vous repenser le parc ?",
    "intro": (
        "<p>Les ateliers du 9 janvier 2019 ont fait émerger six pistes pour le parc. "
        "Complétez-les, commentez-les et soutenez celles qui vous tiennent à cœur : chaque "
        "contribution sera lue et recevra une réponse de la ville.</p>"
    ),
    "notice_after": (
        "La concertation est close. Merci pour vos contributions : leur synthèse sera présentée "
        "à la réunion publique de restitution."
    ),
    "categories": [
        "Nature et animaux",
        "Usages et fréquentation",
        "Patrimoine",
        "Restauration et commerces",
    ],
    "contributions": CONTRIBUTIONS,
    "teaser": {"heading": "Les dernières propositions", "after": "timeline"},
    "campaign_followers": ["habitant", "lucie", "karim", "ines", "mireille"],
}
