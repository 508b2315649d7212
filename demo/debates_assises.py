"""The debate of the Assises pour la Ville, closed since 15 April 2016: should residents choose
some of the city's investments? (Nanterre's participatory budget came two years later.)"""

from datetime import date

from .spaces import argument, reply

EVERYWHERE = "Oui, pour toute la ville"
FIRST_A_FEW = "Oui, d'abord dans quelques quartiers"
NO = "Non"
NO_OPINION = "Sans avis"

CONTEXT = """
<p>Dans plusieurs villes, les habitants proposent eux-mêmes des projets d'investissement (un
jardin, une aire de jeux, un éclairage, des bancs) puis votent pour ceux que la ville réalisera.
Nanterre n'a pas de budget participatif.</p>
<p>Les Assises posent la question : faut-il en créer un ? La ville réserverait chaque année une
petite part de son budget d'investissement, quelques euros par habitant, à des projets proposés
et choisis par les habitants. Avant le vote, les services vérifieraient que chaque projet est
réalisable et en estimeraient le coût.</p>
<p>Les finances publiques baissent : chaque euro confié à ce budget ne servira pas à autre chose.
Votez, puis dites pourquoi : les arguments pour et contre seront repris dans la synthèse des
Assises.</p>
"""

ARGUMENTS = [
    argument(
        "for",
        "Les habitants savent ce qui manque en bas de chez eux",
        "fatou",
        (3, 20, 40),
        """
Devant notre résidence, on demande un abribus avec un banc depuis des années. Ce genre de petit
projet passe toujours après les grands chantiers, alors que ça change la vie de nos voisins âgés.

Avec un budget participatif, ce serait à nous de le proposer et de convaincre le quartier de
voter pour. Et on verrait le résultat dans l'année, pas dans dix ans.
""",
        useful=["karim", "lucie", "mireille", "thomas"],
        more_useful=9,
        replies=[
            reply(
                "mireille",
                (4, 9, 10),
                "D'accord sur le principe. Mais il faudra dire clairement ce qui est possible ou "
                "non, sinon les gens proposeront des choses qui seront refusées et ils seront "
                "déçus.",
            ),
            reply(
                "fatou",
                (4, 18, 30),
                "Oui, c'est pour ça que les services doivent étudier les projets avant le vote, et "
                "expliquer publiquement pourquoi ils en refusent un.",
            ),
        ],
    ),
    argument(
        "against",
        "C'est aux élus de décider, nous les avons élus pour ça",
        "bernard",
        (6, 10, 15),
        """
Je participe volontiers aux concertations, mais voter le budget, c'est le rôle du conseil
municipal. Les élus voient l'ensemble de la ville, arbitrent entre les quartiers et rendent des
comptes aux élections.

Un vote en ligne où quelques centaines de personnes se prononcent ne représente pas les
95 000 habitants de Nanterre.
""",
        useful=["mireille", "ines"],
        more_useful=6,
        replies=[
            reply(
                "lucie",
                (7, 12, 5),
                "Les élus garderaient la main sur presque tout le budget : il ne s'agit que d'une "
                "petite part. Et plus il y aura de votants, plus le vote comptera : à nous de le "
                "faire connaître.",
            ),
        ],
    ),
    argument(
        "for",
        "Une façon concrète d'associer les jeunes",
        "karim",
        (9, 22, 0),
        """
Les jeunes du Petit-Nanterre ne viennent pas aux réunions publiques, mais ils ont plein d'idées :
un terrain de foot éclairé le soir, un local pour répéter de la musique, des agrès de sport en
plein air.

Un vote ouvert dès 16 ans, en ligne et dans les maisons de quartier, leur montrerait que leur avis
compte vraiment, avec un résultat qu'ils peuvent voir.
""",
        useful=["fatou", "lucie", "thomas", "ines"],
        more_useful=7,
    ),
    argument(
        "against",
        "Les quartiers les mieux organisés gagneront toujours",
        "voisin02",
        (12, 19, 45),
        """
Les associations et les quartiers qui ont l'habitude de se mobiliser feront voter tous leurs
membres, et leurs projets passeront avant les autres. Les quartiers où les gens n'ont ni le temps
ni l'habitude de participer seront encore oubliés.

Si on le fait, il faut au moins une enveloppe par quartier.
""",
        useful=["karim", "ines", "bernard"],
        more_useful=8,
        replies=[
            reply(
                "ines",
                (13, 8, 20),
                "Très juste. Une enveloppe par quartier réglerait en partie le problème, et c'est "
                "aussi pour ça que je propose de commencer petit.",
            ),
        ],
    ),
    argument(
        "for",
        "On verrait enfin où va l'argent",
        "lucie",
        (16, 21, 30),
        """
Aujourd'hui, le budget de la ville est un document de plusieurs centaines de pages que personne
ne lit. Si chaque projet voté affiche son coût et son avancement, on comprendra mieux ce que coûte
un arbre, un banc ou un lampadaire.

Ça aide aussi à accepter que tout ne soit pas possible tout de suite.
""",
        useful=["thomas", "mireille"],
        more_useful=5,
        replies=[
            reply(
                "thomas",
                (17, 13, 0),
                "Et pourquoi pas une carte des projets votés, avec leur état d'avancement ? On "
                "saurait ce qui se passe dans chaque quartier.",
            ),
        ],
    ),
    argument(
        "against",
        "Entretenir ce qui existe avant de construire",
        "mireille",
        (20, 15, 50),
        """
Avec la baisse des dotations, je préfère que l'argent serve d'abord à entretenir ce que nous
avons : les trottoirs, les écoles, les gymnases. Un équipement voté une année, il faudra
l'entretenir toutes les années suivantes, et ce coût-là n'est jamais compté dans le vote.
""",
        useful=["bernard"],
        more_useful=4,
    ),
    argument(
        "for",
        "Commencer petit pour apprendre",
        "ines",
        (24, 7, 55),
        """
Je suis pour, mais en commençant par deux ou trois quartiers et un montant modeste. On tirerait
les leçons de la première édition (qui vote, quels projets, quels délais) avant de l'étendre à
toute la ville.
""",
        useful=["bernard", "mireille", "voisin02"],
        more_useful=4,
    ),
    argument(
        "against",
        "Un vote sur internet laisse de côté ceux qui n'y sont pas",
        "voisin01",
        (30, 18, 10),
        """
Ma mère n'a ni ordinateur ni téléphone portable, comme beaucoup de personnes âgées de mon
immeuble. Si le vote se fait sur internet, ce seront toujours les mêmes qui décideront.

Je changerai d'avis si l'on peut aussi voter sur papier, à la mairie et dans les maisons de
quartier.
""",
        useful=["bernard", "fatou"],
        more_useful=6,
        replies=[
            reply(
                "redaction",
                (31, 10, 0),
                "Merci pour cette remarque, qui sera reprise dans la synthèse des Assises. Pendant "
                "les Assises, des fiches papier ont été recueillies à l'Agora et au marché du "
                "Centre : un vote pourrait se faire de la même façon.",
            ),
        ],
    ),
]

ASSISES_DEBATE = {
    "campaign": "assises-pour-la-ville",
    "slug": "debat",
    "title": "Un budget participatif pour Nanterre ?",
    "question": (
        "Faut-il confier chaque année aux habitants le choix d'une part des investissements "
        "de la ville ?"
    ),
    "context": CONTEXT,
    "options": [EVERYWHERE, FIRST_A_FEW, NO, NO_OPINION],
    "results_visibility": "always",
    "opens": date(2016, 3, 7),
    "closes": date(2016, 4, 15),
    "notice_after": (
        "Le débat est clos depuis le 15 avril 2016. Ses résultats et ses arguments ont nourri la "
        "synthèse des Assises ; le premier budget participatif de Nanterre a été lancé en 2018."
    ),
    # Who voted what: the authors of arguments, then that many of the demo's voters per option.
    "votes": {
        "fatou": EVERYWHERE,
        "karim": EVERYWHERE,
        "lucie": EVERYWHERE,
        "thomas": EVERYWHERE,
        "ines": FIRST_A_FEW,
        "habitant": FIRST_A_FEW,
        "mireille": NO,
        "bernard": NO,
        "voisin02": NO,
        "voisin01": NO,
    },
    "more_votes": {EVERYWHERE: 17, FIRST_A_FEW: 13, NO: 9, NO_OPINION: 3},
    "arguments": ARGUMENTS,
    "block": {"heading": "Le débat des Assises", "before": "timeline"},
}
