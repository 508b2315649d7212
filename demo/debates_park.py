"""The park campaign's debate, open now: should the central alley be closed to cars at weekends?

Dated from the day the demo is loaded, like the campaign: it opened twelve days ago and closes
in four weeks. The demo account habitant@agora.test has neither voted nor marked an argument
useful here, so that anyone signing in with it can try both.
"""

from datetime import timedelta

from .spaces import argument, reply

FOR, AGAINST, ABSTENTION = "Pour", "Contre", "Abstention"

CONTEXT = """
<p>L'allée centrale traverse le parc du nord au sud, sous les grands platanes. Elle est ouverte
aux voitures : beaucoup l'empruntent comme raccourci entre les deux moitiés du quartier, et une
quarantaine de places de stationnement la bordent.</p>
<p>La ville propose de la fermer à la circulation le samedi et le dimanche, de 8 h à 20 h, à
titre d'essai d'avril à octobre. Les secours, les véhicules d'entretien et les camions de
restauration de l'esplanade nord pourraient toujours y passer.</p>
<h2>Ce que l'essai permettrait de savoir</h2>
<ul>
<li>si les promeneurs, les familles et les coureurs profitent davantage du parc ;</li>
<li>si la circulation se reporte sur les rues voisines ;</li>
<li>si le stationnement manque aux riverains et aux visiteurs.</li>
</ul>
<p>Des comptages seront faits avant et pendant l'essai, et leurs résultats publiés sur cette
page.</p>
"""

ARGUMENTS = [
    argument(
        "for",
        "Enfin un endroit où les enfants peuvent courir",
        "lucie",
        (1, 19, 30),
        """
Le samedi, je traverse l'allée à vélo avec ma fille sur le porte-bagages : les voitures roulent
vite sous les platanes, et les enfants qui jouent sur la pelouse traversent sans regarder.

Sans voitures, l'allée deviendrait le plus bel endroit du parc pour apprendre le vélo ou les
rollers, et on pourrait enfin laisser les petits courir.
""",
        useful=["karim", "ines", "fatou"],
        more_useful=7,
        replies=[
            reply(
                "bernard",
                (2, 8, 45),
                "Les enfants courent, d'accord, mais les personnes âgées qui ne peuvent plus "
                "marcher longtemps viennent en voiture jusqu'aux bancs du kiosque. Comment "
                "feront-elles ?",
            ),
            reply(
                "lucie",
                (2, 13, 10),
                "On pourrait garder des places pour les personnes à mobilité réduite près des "
                "entrées, et mettre des bancs tout le long de l'allée, comme le demande le "
                "conseil de quartier.",
            ),
        ],
    ),
    argument(
        "against",
        "Ma femme ne pourra plus venir au parc",
        "bernard",
        (2, 10, 15),
        """
Nous venons au parc tous les dimanches, ma femme et moi. Elle marche difficilement : nous nous
garons dans l'allée, près du kiosque, à vingt mètres d'un banc.

Si l'allée est fermée, il faudra se garer dans la rue et marcher dix minutes, et pour elle c'est
trop. Fermer l'allée le week-end, c'est fermer le parc à ceux qui ne peuvent plus marcher.
""",
        useful=["mireille", "karim", "fatou"],
        more_useful=6,
        replies=[
            reply(
                "fatou",
                (3, 9, 0),
                "Des places réservées aux entrées, avec une navette ou un chemin direct jusqu'au "
                "kiosque, ça ne suffirait pas ?",
            ),
            reply(
                "bernard",
                (4, 17, 20),
                "Peut-être, s'il y en a assez et qu'elles sont vraiment près des bancs. Qu'on nous "
                "le montre sur un plan avant de décider.",
            ),
        ],
    ),
    argument(
        "for",
        "Moins de bruit, plus d'oiseaux",
        "ines",
        (3, 7, 40),
        """
Le week-end matin, le bruit des voitures couvre le chant des oiseaux dans l'allée. Les platanes
et les haies abritent des mésanges et des rouges-gorges, et les hérissons traversent l'allée la
nuit.

Un parc plus calme, c'est aussi un parc plus vivant, et un essai de quelques mois ne coûte pas
grand-chose.
""",
        useful=["mireille", "thomas"],
        more_useful=4,
    ),
    argument(
        "against",
        "Les voitures passeront dans les petites rues",
        "voisin14",
        (4, 21, 5),
        """
Les voitures qui traversent le parc ne vont pas disparaître : elles passeront par les rues
résidentielles autour, devant l'école et la crèche. On déplace le problème chez les riverains du
parc, qui n'ont rien demandé.
""",
        useful=["thomas", "bernard"],
        more_useful=4,
    ),
    argument(
        "for",
        "Le raccourci ne fait gagner que deux minutes",
        "karim",
        (5, 18, 0),
        """
J'ai fait le trajet plusieurs fois : passer par l'allée plutôt que contourner le parc fait
gagner deux minutes, pas plus. Pour deux minutes, on sacrifie l'endroit où tout le monde se
promène le week-end.

Et l'essai ne porte que sur le samedi et le dimanche : en semaine, rien ne change.
""",
        useful=["lucie", "fatou", "thomas"],
        more_useful=5,
        replies=[
            reply(
                "voisin14",
                (6, 8, 30),
                "Deux minutes quand ça roule. Le samedi, le boulevard est bouché et le détour "
                "prend un bon quart d'heure.",
            ),
            reply(
                "karim",
                (6, 12, 50),
                "C'est justement ce que l'essai permettra de mesurer : les comptages seront faits "
                "avant et pendant, on jugera sur des chiffres.",
            ),
        ],
    ),
    argument(
        "against",
        "On cherche déjà une place le samedi",
        "mireille",
        (6, 16, 25),
        """
Le samedi, entre le marché et les matchs du club de foot, on tourne déjà vingt minutes pour se
garer. Supprimer les places de l'allée sans en proposer d'autres, c'est pénaliser ceux qui
viennent de loin, les familles chargées pour le pique-nique et les associations qui animent le
kiosque avec leur matériel.
""",
        useful=["bernard"],
        more_useful=3,
        replies=[
            reply(
                "lucie",
                (7, 9, 15),
                "Le parking de la médiathèque est presque vide le dimanche : on pourrait l'ouvrir "
                "aux visiteurs du parc pendant l'essai.",
            ),
        ],
    ),
    argument(
        "for",
        "Un essai, pas une décision définitive",
        "fatou",
        (8, 20, 45),
        """
Ce qui me convainc, c'est que c'est un essai. Si les rues voisines sont embouteillées ou si les
commerçants perdent des clients, on rouvrira l'allée. Mais si on n'essaie jamais, on ne saura
jamais.
""",
        useful=["ines", "lucie"],
        more_useful=3,
    ),
    argument(
        "against",
        "Pourquoi pas seulement le dimanche ?",
        "voisin17",
        (10, 11, 35),
        """
Je ne suis pas contre l'idée, mais deux jours de fermeture d'un coup, c'est beaucoup pour ceux
qui font leurs courses le samedi. Commençons par le dimanche, le jour où il y a le plus de
promeneurs, et voyons ce que ça donne.
""",
        useful=["fatou"],
        more_useful=2,
    ),
]


def park_debate(today):
    """The debate's data for a demo loaded on ``today``."""
    return {
        "campaign": "repenser-le-parc",
        "slug": "debat",
        "title": "L'allée centrale sans voitures le week-end ?",
        "question": "Faut-il fermer l'allée centrale du parc aux voitures le week-end ?",
        "context": CONTEXT,
        # The usual options, named here so that the votes below find them whatever the
        # language the page's defaults were written in.
        "options": [FOR, AGAINST, ABSTENTION],
        "results_visibility": "after_vote",
        "opens": today - timedelta(days=12),
        "closes": today + timedelta(days=28),
        "notice_after": (
            "Le débat est clos. Ses résultats seront présentés à la réunion publique de "
            "restitution, avec les comptages faits dans l'allée."
        ),
        "votes": {
            "lucie": FOR,
            "ines": FOR,
            "karim": FOR,
            "fatou": FOR,
            "thomas": FOR,
            "bernard": AGAINST,
            "mireille": AGAINST,
            "voisin14": AGAINST,
            "voisin17": AGAINST,
        },
        "more_votes": {FOR: 14, AGAINST: 10, ABSTENTION: 4},
        "arguments": ARGUMENTS,
        "block": {"heading": "Le débat du moment", "before": "timeline"},
    }
