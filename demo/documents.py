"""The demo's documents: their titles, file names, and the text written into each file."""

from datetime import date, timedelta

from . import files

SYNTHESIS = [
    (
        "La démarche",
        [
            "Du 7 mars au 21 mai 2016, la sixième édition des Assises pour la Ville a invité "
            "chaque habitant à dire comment Nanterre devait changer. 1 559 personnes ont "
            "participé ; elles ont publié 351 contributions, dont 195 contributions collectives "
            "issues d'ateliers tenus chez l'habitant, dans les associations et sur les lieux "
            "de travail.",
            "Ce document rassemble, question par question, les propositions, les avis et les "
            "critiques exprimés. Il ne tranche pas : il restitue.",
        ],
    ),
    (
        "Question 1 : se déplacer dans la ville",
        [
            "<b>Propositions.</b> Des bus plus fréquents entre les quartiers, le soir et le "
            "week-end ; des pistes cyclables continues jusqu'aux gares ; des traversées sûres "
            "des grands axes.",
            "<b>Avis et critiques.</b> Les nouveaux transports sont bien accueillis, mais "
            "beaucoup craignent que les quartiers éloignés des gares restent à l'écart.",
        ],
    ),
    (
        "Question 2 : vivre ensemble dans des quartiers qui changent",
        [
            "<b>Propositions.</b> Des lieux ouverts aux jeunes en soirée ; des jardins partagés ; "
            "des fêtes de quartier organisées avec les habitants.",
            "<b>Avis et critiques.</b> Les participants saluent les quartiers rénovés mais "
            "demandent à être associés plus tôt aux projets.",
        ],
    ),
    (
        "Question 3 : faire mieux avec moins",
        [
            "<b>Propositions.</b> Mutualiser les équipements entre quartiers ; s'appuyer sur "
            "les associations ; publier clairement les choix budgétaires.",
            "<b>Avis et critiques.</b> La baisse des finances publiques inquiète : les "
            "habitants veulent comprendre ce qui sera maintenu et ce qui ne le sera pas.",
        ],
    ),
    (
        "Ce que la ville retient",
        [
            [
                "Soumettre chaque grand projet à une concertation en ligne et en ateliers.",
                "Publier la synthèse de chaque concertation et répondre aux propositions.",
                "S'appuyer sur des ambassadeurs volontaires dans chaque quartier.",
            ]
        ],
    ),
]

GUIDE = [
    (
        "Avant l'atelier",
        [
            "Invitez entre 6 et 15 personnes : voisins, collègues, membres de votre "
            "association. Prévoyez une heure et demie, un lieu calme et de quoi écrire.",
            "Choisissez une ou deux questions de la concertation ; inutile de tout traiter.",
        ],
    ),
    (
        "Pendant l'atelier",
        [
            [
                "Présentez le projet en cinq minutes à l'aide de la page de la campagne.",
                "Faites un tour de table : chacun dit ce qu'il en pense, sans être coupé.",
                "Notez les idées sur de grandes feuilles, puis regroupez celles qui se "
                "ressemblent.",
                "Terminez par les trois propositions que le groupe veut porter.",
            ],
            "Votre rôle d'animateur : donner la parole à tous, surtout à ceux qui parlent peu, "
            "et rappeler la charte de participation si la discussion s'échauffe.",
        ],
    ),
    (
        "Après l'atelier",
        [
            "Remplissez la fiche de retour avec le groupe, puis publiez-la sur Agora comme "
            "contribution collective, ou déposez-la à l'Agora, maison des initiatives "
            "citoyennes. Indiquez le nom du groupe, la date, le lieu et le nombre de "
            "participants.",
        ],
    ),
]

FEEDBACK = [
    (
        "Votre atelier",
        [
            "Nom du groupe : ........................................................",
            "Date : ................ Lieu : ........................................",
            "Nombre de participants : ......",
            "Question(s) traitée(s) : ................................................",
        ],
    ),
    (
        "Vos trois propositions",
        [
            "1. ......................................................................",
            "2. ......................................................................",
            "3. ......................................................................",
        ],
    ),
    (
        "Les avis partagés et les désaccords",
        [
            "Ce qui a fait consensus, ce qui a fait débat : "
            "...............................................",
        ],
    ),
    (
        "Nous renvoyer la fiche",
        [
            "Publiez-la sur Agora comme contribution collective, déposez-la à l'Agora ou "
            "envoyez-la à agora@nanterre.example.",
        ],
    ),
]

COMMENT_HEADERS = ["Date", "Question", "Type", "Auteur", "Commentaire"]
QUESTIONS = ["Se déplacer", "Vivre ensemble", "Faire mieux avec moins"]
AUTHORS = [
    ("individuelle", "Mimosa92"),
    ("collective", "Atelier des Fontenelles (12 participants)"),
    ("individuelle", "Cycliste du plateau"),
    ("individuelle", "Lulu"),
    ("collective", "Association des parents d'élèves (9 participants)"),
    ("individuelle", "Voisin du parc"),
]
REMARKS = [
    "Le bus du soir passe trop rarement, surtout le dimanche.",
    "Il faudrait une piste cyclable continue jusqu'à la gare.",
    "Les jeunes n'ont nulle part où se retrouver après 20 heures.",
    "Un jardin partagé au pied des immeubles créerait du lien.",
    "Je soutiens la proposition de mutualiser les salles entre associations.",
    "Merci de publier clairement ce que coûte chaque équipement.",
    "La rénovation du quartier est réussie, mais on aurait aimé être consultés plus tôt.",
    "Pourquoi ne pas ouvrir les cours d'école le week-end ?",
    "Les traversées de l'avenue sont dangereuses pour les enfants.",
    "Je propose une fête des voisins organisée avec la ville dans chaque quartier.",
]


def comment_rows():
    """Forty comments spread over the debate period (7 March to 15 April 2016)."""
    rows = []
    for i in range(40):
        kind, author = AUTHORS[i % len(AUTHORS)]
        day = date(2016, 3, 7) + timedelta(days=i)
        rows.append([day, QUESTIONS[i % 3], kind, author, REMARKS[(i * 7) % len(REMARKS)]])
    return rows


DOCUMENTS = {
    "synthesis": (
        "Synthèse des contributions des Assises pour la Ville",
        "assises-2016-synthese-des-contributions.pdf",
        lambda: files.pdf("Assises pour la Ville 2016 : synthèse des contributions", SYNTHESIS),
    ),
    "comments": (
        "Commentaires de la consultation des Assises pour la Ville",
        "assises-2016-commentaires.ods",
        lambda: files.ods("Commentaires", COMMENT_HEADERS, comment_rows()),
    ),
    "podcast": (
        "Radio Agora : les Assises racontées par celles et ceux qui les ont faites",
        "radio-agora-assises.wav",
        files.wav,
    ),
    "guide": (
        "Kit de participation : guide de l'animateur",
        "kit-guide-de-l-animateur.pdf",
        lambda: files.pdf("Guide de l'animateur", GUIDE, author="L'Agora"),
    ),
    "feedback": (
        "Kit de participation : fiche de retour",
        "kit-fiche-de-retour.pdf",
        lambda: files.pdf("Fiche de retour d'atelier", FEEDBACK, author="L'Agora"),
    ),
}
