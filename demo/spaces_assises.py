"""The contribution space of the Assises pour la Ville, closed since 2016: mostly collective
syntheses of contributory workshops, one comment hidden by moderation, answers of every kind."""

from datetime import date

from .spaces import answer, comment, contribution, workshop

CONTRIBUTIONS = [
    contribution(
        "Des bus qui relient tous les quartiers",
        "fatou",
        (13, 20, 0),
        "Transports et déplacements",
        """
Synthèse de notre atelier contributif, tenu à douze dans la salle commune de la résidence avec
le kit des Assises.

Notre quartier est mal relié au reste de la ville : pour aller au centre ou à la mairie, il faut
souvent changer de bus, et le soir les passages sont rares. Nous proposons une navette de
quartier entre les Provinces-Françaises, le centre-ville et la gare, toutes les vingt minutes, y
compris le soir et le dimanche.

Nous demandons aussi des abribus avec des bancs : beaucoup de nos voisins sont âgés.
""",
        **workshop(
            "Amicale des locataires des Provinces-Françaises",
            date(2016, 3, 19),
            "Salle commune de la résidence",
            12,
        ),
        supports=["karim", "lucie", "bernard", "habitant"],
        follows=["bernard"],
        comments=[
            comment(
                "lucie",
                (14, 8, 50),
                "Oui ! Le dimanche, il faut parfois attendre quarante minutes à l'arrêt.",
            ),
        ],
        answer=answer(
            "done",
            (560, 10, 0),
            "Réalisée : depuis la rentrée 2017, la ligne qui dessert le quartier passe plus "
            "souvent le soir et le dimanche, et trois abribus avec bancs ont été posés.",
        ),
    ),
    contribution(
        "Plus de logements pour les étudiants",
        "lucie",
        (18, 22, 10),
        "Logement et cadre de vie",
        """
Je suis étudiante à l'université de Nanterre et je fais deux heures de trajet par jour, faute
d'avoir trouvé à louer ici. Nous sommes des milliers dans ce cas.

Avec les logements neufs prévus, la ville pourrait en réserver une part aux étudiants, ou
encourager la colocation et l'accueil d'un étudiant chez une personne âgée qui a une chambre
libre. Les étudiants feraient vivre les commerces du quartier toute l'année.
""",
        supports=["thomas", "karim"],
        comments=[
            comment(
                "thomas",
                (19, 12, 30),
                "Étudiant moi aussi, je confirme : j'ai visité quinze appartements avant d'en "
                "trouver un à Rueil.",
            ),
        ],
        answer=answer(
            "rejected",
            (80, 15, 0),
            "Non retenue sous cette forme : la ville ne construit pas elle-même de résidences "
            "étudiantes, qui relèvent de l'État et des bailleurs. Elle portera cependant cette "
            "demande auprès d'eux pour les programmes de logements des quartiers rénovés.",
        ),
    ),
    contribution(
        "Ce que veulent les jeunes du Petit-Nanterre",
        "karim",
        (24, 21, 30),
        "Jeunesse et éducation",
        """
Dix-huit jeunes de 14 à 22 ans se sont réunis à la maison de quartier pour préparer les Assises.

Ce qui revient le plus : un lieu à eux, ouvert le soir et le week-end, pour se retrouver, faire
de la musique et monter des projets ; de l'aide pour trouver un stage ou un premier emploi ; des
terrains de sport entretenus et éclairés le soir.

Ils veulent aussi être consultés directement sur les projets du quartier, et pas seulement par
l'intermédiaire des adultes.
""",
        **workshop(
            "Atelier jeunesse du Petit-Nanterre",
            date(2016, 3, 30),
            "Maison de quartier du Petit-Nanterre",
            18,
        ),
        supports=["fatou", "lucie", "ines", "thomas", "mireille"],
        follows=["fatou", "lucie"],
        comments=[
            comment(
                "passant",
                (26, 23, 50),
                "Encore des demandes pour les jeunes, qui cassent tout ! Qu'ils commencent par "
                "respecter les voisins.",
                hidden=(
                    "Propos qui dénigrent tout un groupe de personnes, contraires à la charte "
                    "de participation.",
                    (27, 9, 15),
                ),
            ),
            comment(
                "bernard",
                (27, 11, 0),
                "Bravo pour ce travail. Le local pourrait aussi accueillir les anciens en "
                "journée : on se croiserait enfin.",
            ),
        ],
        answer=answer(
            "accepted",
            (120, 11, 30),
            "Retenue : un espace jeunesse ouvrira à la maison de quartier, le soir et le samedi, "
            "avec un animateur. Les jeunes de l'atelier sont invités à en écrire le projet.",
        ),
    ),
    contribution(
        "Synthèse de l'atelier des ambassadeurs au marché du Centre",
        "redaction",
        (27, 15, 0),
        "Commerces et emploi",
        """
Le 2 avril, les ambassadeurs des Assises ont tenu un stand au marché du Centre et recueilli
l'avis de 23 passants sur des fiches papier, saisies ici par l'équipe de l'Agora.

Les idées les plus citées : garder des commerces de proximité dans les quartiers rénovés, avec
des loyers modérés pour les commerçants ; rendre le marché plus agréable (un abri contre la
pluie, des places pour les vélos) ; créer des emplois locaux sur les grands chantiers.

Plusieurs personnes n'avaient jamais participé à une concertation et ont demandé à être tenues
informées.
""",
        **workshop("Ambassadeurs des Assises", date(2016, 4, 2), "Marché du Centre", 23),
        provenance="workshop",
        signed_as="Ambassadeurs des Assises",
        supports=["bernard", "mireille"],
        comments=[
            comment(
                "mireille",
                (28, 9, 0),
                "J'étais passée au stand : merci d'avoir pris le temps d'écouter tout le monde.",
            ),
        ],
    ),
    contribution(
        "Des jardins au pied des immeubles",
        "bernard",
        (33, 10, 0),
        "Logement et cadre de vie",
        """
Dans les quartiers rénovés, les pelouses entre les immeubles ne servent à personne. Les bailleurs
pourraient les confier aux locataires pour en faire des jardins, avec des bacs surélevés pour
ceux qui ne peuvent plus se baisser. On y gagnerait en voisinage autant qu'en légumes.
""",
        supports=["fatou", "mireille", "ines"],
    ),
]

ASSISES_SPACE = {
    "campaign": "assises-pour-la-ville",
    "slug": "contributions",
    "title": "Vos contributions aux Assises",
    "question": "Nanterre change : quelle ville voulez-vous pour demain ?",
    "intro": (
        "<p>Seul, en famille ou après un atelier contributif, chacun pouvait dire quelle ville "
        "il voulait. Les contributions collectives portent le nom du groupe qui s'est réuni.</p>"
    ),
    "notice_after": (
        "Les contributions aux Assises sont closes depuis le 21 mai 2016. Leur synthèse, question "
        "par question, est publiée sur la page de la campagne."
    ),
    "categories": [
        "Logement et cadre de vie",
        "Transports et déplacements",
        "Jeunesse et éducation",
        "Commerces et emploi",
    ],
    "contributions": CONTRIBUTIONS,
    "teaser": {"heading": "Les dernières contributions", "after": "timeline"},
    "campaign_followers": ["fatou", "karim"],
}
