package haven.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Name lists and the ways agencies get names wrong: typos, nicknames, dropped letters. */
final class Names {
    static final List<String> GIRLS = List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie",
            "Sophia", "Grace", "Freya", "Willow", "Emily", "Ella", "Poppy", "Evie", "Charlotte", "Jessica", "Daisy", "Sienna",
            "Katie", "Chloe", "Megan", "Holly", "Lucy", "Abigail", "Rebecca", "Elizabeth", "Victoria", "Samantha", "Natasha",
            "Catherine", "Jennifer", "Margaret", "Susan", "Sarah", "Louise", "Deborah", "Nicola", "Amy", "Zara", "Leah", "Nia",
            "Maya", "Aisha", "Hannah", "Molly", "Jasmine", "Courtney");
    static final List<String> BOYS = List.of("Oliver", "George", "Noah", "Arthur", "Leo", "Oscar", "Harry", "Archie", "Jack",
            "Henry", "Charlie", "Freddie", "Theodore", "Thomas", "Alfie", "William", "James", "Joshua", "Jacob", "Samuel",
            "Daniel", "Benjamin", "Alexander", "Edward", "Joseph", "Michael", "Robert", "Richard", "Christopher", "Matthew",
            "Nicholas", "Anthony", "Andrew", "David", "Stephen", "Kyle", "Liam", "Ryan", "Connor", "Ethan", "Mohammed", "Ibrahim",
            "Kai", "Tyler", "Callum", "Reece", "Jordan", "Dylan", "Lewis", "Owen");
    static final List<String> SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodriguez", "Cox", "Alexander",
            "Morgan", "Moore", "Hughes", "Edwards", "Hill", "Lee", "Harris", "Martin", "Cooper", "Ward", "Morris", "Turner",
            "Parker", "Cook", "Bailey", "Bell", "Collins", "Kelly", "Murphy", "Price", "Griffiths", "Owen", "Howell", "Ellison",
            "Fairbrother", "Ashworth", "Pemberton", "Thistlewood", "Okafor", "Nowak", "Kowalski", "Begum", "Hussain", "Ali",
            "Mahmood", "O'Brien", "McDonald", "Gallagher", "Sutcliffe", "Blackwood", "Holloway", "Whitfield", "Radcliffe",
            "Lister", "Brennan", "Doyle", "Quinn", "Fletcher");
    static final Map<String, String> NICKNAMES = Map.ofEntries(Map.entry("William", "Bill"), Map.entry("Robert", "Bob"),
            Map.entry("Richard", "Rick"), Map.entry("Elizabeth", "Liz"), Map.entry("Margaret", "Maggie"),
            Map.entry("Rebecca", "Becky"), Map.entry("Katie", "Kate"), Map.entry("Alexander", "Alex"),
            Map.entry("Christopher", "Chris"), Map.entry("Thomas", "Tom"), Map.entry("Joshua", "Josh"),
            Map.entry("Samuel", "Sam"), Map.entry("Daniel", "Danny"), Map.entry("Benjamin", "Ben"), Map.entry("Edward", "Ed"),
            Map.entry("Joseph", "Joe"), Map.entry("Michael", "Mike"), Map.entry("Matthew", "Matt"), Map.entry("Nicholas", "Nick"),
            Map.entry("Anthony", "Tony"), Map.entry("Andrew", "Andy"), Map.entry("David", "Dave"), Map.entry("Stephen", "Steve"),
            Map.entry("Jessica", "Jess"), Map.entry("Samantha", "Sam"), Map.entry("Natasha", "Tasha"),
            Map.entry("Catherine", "Cathy"), Map.entry("Jennifer", "Jenny"), Map.entry("Susan", "Sue"), Map.entry("Abigail", "Abbie"),
            Map.entry("Victoria", "Vicky"), Map.entry("Deborah", "Debbie"), Map.entry("Nicola", "Nicky"), Map.entry("Theodore", "Theo"),
            Map.entry("Freddie", "Fred"), Map.entry("Oliver", "Ollie"), Map.entry("Isabella", "Bella"), Map.entry("Charlotte", "Lottie"));
    static final List<String> STREETS = List.of("Mill Lane", "Church Street", "Station Road", "Victoria Road", "Park Avenue",
            "Queens Road", "Kings Road", "High Street", "School Lane", "The Crescent", "Manor Road", "Chapel Street", "Grange Road",
            "Orchard Close", "Willow Drive", "Beech Grove", "Elm Terrace", "Canal Side", "Foundry Walk", "Weavers Row",
            "Colliery Road", "Moorside", "Heather Close", "Bracken Way", "Riverside Court", "Tannery Lane", "Quarry Hill",
            "Farrier Street", "Lantern Yard", "Cobblers Way");

    private Names() {
    }

    /** Misspells a name the ways people do: a swapped pair, a dropped letter or a doubled one. */
    static String typo(String name, Random random) {
        if (name.length() < 4) {
            return name;
        }
        int i = 1 + random.nextInt(name.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
            case 1 -> name.substring(0, i) + name.substring(i + 1);
            default -> name.substring(0, i) + name.charAt(i) + name.substring(i);
        };
    }
}
