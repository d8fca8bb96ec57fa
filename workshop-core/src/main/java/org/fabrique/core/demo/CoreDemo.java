package org.fabrique.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.fabrique.core.application.DemoContent;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.Neighbourhood;
import org.fabrique.core.domain.NeighbourhoodRepository;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.core.domain.PublicPolicy;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.core.domain.Role;
import org.fabrique.core.security.PasswordHasher;

/**
 * The core's part of the demo data, loaded first: a dozen directorates, the 16 public policies the Ateliers
 * prospectifs re-examined (2008–2013), Nantes's 11 neighbourhoods and one demo account per role, all
 * with the password {@value #DEMO_PASSWORD}. Demo accounts exist only with the demo data; the missions'
 * demo content finds these records by name.
 */
@ApplicationScoped
public class CoreDemo implements DemoContent {

    public static final String DEMO_PASSWORD = "demo-fabrique";

    private static final Logger LOG = Logger.getLogger(CoreDemo.class.getName());

    private static final List<String> DIRECTORATES = List.of(
            "Direction de la culture",
            "Direction de l'éducation",
            "Direction des sports",
            "Direction de la petite enfance",
            "Direction des solidarités",
            "Direction de la jeunesse",
            "Direction de l'habitat",
            "Direction des personnes âgées",
            "Direction de la vie associative",
            "Direction de la prévention et de la tranquillité publique",
            "Direction de l'urbanisme",
            "Direction du patrimoine et des musées");

    /** The 16 policies of the seed, in its order: 10 in the first cycle, 6 in the second wave. */
    private static final List<String> PUBLIC_POLICIES = List.of(
            "Culture",
            "Éducation et réussite éducative",
            "Égalité, citoyenneté, intégration des populations immigrées",
            "Jeunesse",
            "Logement habitat",
            "Personnes âgées",
            "Petite enfance",
            "Solidarité et action sociale",
            "Sport",
            "Vie associative",
            "Conciliation des temps",
            "Musée des Beaux-Arts",
            "Prévention de la délinquance",
            "Accueillir 100 000 habitants",
            "Soutien aux émergences",
            "Animation sociale & culturelle");

    private static final List<String> NEIGHBOURHOODS = List.of(
            "Centre-ville",
            "Bellevue – Chantenay – Sainte-Anne",
            "Dervallières – Zola",
            "Hauts-Pavés – Saint-Félix",
            "Breil – Barberie",
            "Nantes Nord",
            "Nantes Erdre",
            "Doulon – Bottière",
            "Malakoff – Saint-Donatien",
            "Île de Nantes",
            "Nantes Sud");

    /** One demo account; {@code directorate} is the name of one of {@link #DIRECTORATES}, or null. */
    private record DemoAccount(String username, Role role, String directorate, String name, String email,
            PersonCategory category) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("pole", Role.POLE, null,
                    "Claire Morel", "claire.morel@demo.fabrique.test", PersonCategory.POLE_STAFF),
            new DemoAccount("direction", Role.DIRECTORATE, "Direction de la culture",
                    "Julien Roux", "julien.roux@demo.fabrique.test", PersonCategory.DIRECTOR),
            new DemoAccount("direction2", Role.DIRECTORATE, "Direction des sports",
                    "Amina Benali", "amina.benali@demo.fabrique.test", PersonCategory.DIRECTOR),
            new DemoAccount("elu", Role.ELECTED, null,
                    "Sophie Garnier", "sophie.garnier@demo.fabrique.test", PersonCategory.ELECTED_OFFICIAL),
            new DemoAccount("elu2", Role.ELECTED, null,
                    "Marc Lefèvre", "marc.lefevre@demo.fabrique.test", PersonCategory.ELECTED_OFFICIAL),
            new DemoAccount("expert", Role.PARTICIPANT, null,
                    "Hélène Dubois", "helene.dubois@demo.fabrique.test", PersonCategory.EXTERNAL_EXPERT));

    /** The demo accounts' usernames, in the order of the roles (pôle, directorates, elected, participant). */
    public static final List<String> DEMO_USERNAMES = ACCOUNTS.stream().map(DemoAccount::username).toList();

    @Inject
    AccountRepository accounts;

    @Inject
    PersonRepository people;

    @Inject
    DirectorateRepository directorates;

    @Inject
    PublicPolicyRepository policies;

    @Inject
    NeighbourhoodRepository neighbourhoods;

    @Inject
    PasswordHasher hasher;

    @Override
    public int order() {
        return 0;
    }

    @Override
    @Transactional
    public void load() {
        Map<String, Directorate> directorateByName = new HashMap<>();
        DIRECTORATES.forEach(name -> directorateByName.put(name, directorates.store(new Directorate(name))));
        PUBLIC_POLICIES.forEach(name -> policies.store(new PublicPolicy(name)));
        NEIGHBOURHOODS.forEach(name -> neighbourhoods.store(new Neighbourhood(name)));

        String passwordHash = hasher.hash(DEMO_PASSWORD.toCharArray()); // once: hashing is slow on purpose
        for (DemoAccount demo : ACCOUNTS) {
            Person person = people.store(new Person(demo.name(), demo.email(), demo.category()));
            Directorate directorate = demo.directorate() == null ? null : directorateByName.get(demo.directorate());
            accounts.store(new Account(demo.username(), passwordHash, demo.role(), person, directorate));
        }
        LOG.info(() -> "Demo data loaded: " + DIRECTORATES.size() + " directorates, " + PUBLIC_POLICIES.size()
                + " public policies, " + NEIGHBOURHOODS.size() + " neighbourhoods, accounts " + DEMO_USERNAMES);
    }
}
