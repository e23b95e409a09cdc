// SPDX-License-Identifier: Apache-2.0
#include "core/generate/Gazetteer.h"

#include <array>

namespace jurybox::generate {

namespace {

constexpr std::array kPlaces{
    Place{"Seoul", "Republic of Korea"},
    Place{"세종", "Republic of Korea"},
    Place{"Songpa", "Republic of Korea"},
    Place{"Gimpo", "Republic of Korea"},
    Place{"Taipei", "Chinese Taipei"},
    Place{"New Taipei", "Chinese Taipei"},
    Place{"Beyoğlu", "Turkey"},
    Place{"İzmir", "Turkey"},
    Place{"Ankara", "Turkey"},
    Place{"Ульяновск", "Russia"},
    Place{"Москва", "Russia"},
    Place{"Казань", "Russia"},
    Place{"São Paulo", "Brazil"},
    Place{"Porto Alegre", "Brazil"},
    Place{"Curitiba", "Brazil"},
    Place{"Đà Nẵng", "Vietnam"},
    Place{"Hà Nội", "Vietnam"},
    Place{"Huế", "Vietnam"},
    Place{"Chengdu", "People's Republic of China"},
    Place{"Hong Kong", "People's Republic of China"},
    Place{"Helsinki", "Finland"},
    Place{"Espoo", "Finland"},
    Place{"Barcelona", "Spain"},
    Place{"Málaga", "Spain"},
    Place{"Bangalore", "India"},
    Place{"Pune", "India"},
    Place{"San Fernando, La Union", "Philippines"},
    Place{"Makati", "Philippines"},
    Place{"Maputo", "Mozambique"},
    Place{"Nairobi", "Kenya"},
    Place{"Kigali", "Rwanda"},
    Place{"Addis Ababa", "Ethiopia"},
    Place{"Ulaanbaatar", "Mongolia"},
    Place{"Hebron", "Palestine"},
    Place{"Mexico City", "Mexico"},
    Place{"Guadalajara", "Mexico"},
    Place{"Bogotá", "Colombia"},
    Place{"Medellín", "Colombia"},
    Place{"Kraków", "Poland"},
    Place{"Łódź", "Poland"},
    Place{"Zürich", "Switzerland"},
    Place{"Genève", "Switzerland"},
    Place{"Reykjavík", "Iceland"},
    Place{"Göteborg", "Sweden"},
    Place{"Québec", "Canada"},
    Place{"Montréal", "Canada"},
    Place{"Jakarta", "Indonesia"},
    Place{"Surabaya", "Indonesia"},
    Place{"Singapore", "Singapore"},
    Place{"Kuala Lumpur", "Malaysia"},
    Place{"Seberang Perai", "Malaysia"},
    Place{"Khartoum", "Sudan"},
    Place{"Abuja", "Nigeria"},
    Place{"Kampala", "Uganda"},
    Place{"Dhulikhel", "Nepal"},
    Place{"Wellington", "New Zealand"},
    Place{"Pittsburgh", "United States"},
    Place{"Chiang Mai", "Thailand"},
    Place{"Lublin", "Poland"},
    Place{"Budapest", "Hungary"},
};

constexpr std::array kGiven{"Min-jun", "서연",  "Ayşe",  "Mehmet", "Олег",  "Наталья", "João",   "Ana",
                            "Nguyễn",  "Linh",  "Wei",   "Mei",    "Aino",  "Joonas",  "Lucía",  "Jordi",
                            "Priya",   "Arjun", "Amani", "Kwame",  "Bolor", "Sofía",   "Łukasz", "Zoë",
                            "Björn",   "Chloé", "Sipho", "Rania",  "Tomás", "Hiroshi"};

constexpr std::array kFamily{
    "Kim",      "이",        "Yılmaz",   "Öztürk",  "Иванова",   "Смирнов", "Silva",   "Gonçalves", "Trần",   "Phạm",
    "Zhang",    "Chen",      "Virtanen", "Mäkinen", "García",    "Puig",    "Sharma",  "Iyer",      "Mwangi", "Mensah",
    "Batbayar", "Hernández", "Nowak",    "Müller",  "Johansson", "Lefèvre", "Dlamini", "Haddad",    "Ortega", "Tanaka"};

constexpr std::array kServices{"One-stop civil service portal", "Mobile e-government app", "Digital ID for residents",
                               "Online permit service", "Chatbot for citizen requests"};
constexpr std::array kEfficiency{"Paperless city administration", "Smart procurement platform", "Shared back office",
                                 "Energy-aware street lighting", "Predictive maintenance of water pipes"};
constexpr std::array kOpenCity{"Open data platform", "Participatory budgeting online", "Open council meetings",
                               "Transparent contracts register", "Civic hackathon programme"};
constexpr std::array kInnovacity{"Integrated city operations centre", "Digital twin of the city", "Smart mobility hub",
                                 "AI flood early warning", "Drone delivery of medicines"};
constexpr std::array kHuman{"Digital literacy for seniors", "Accessible city services", "Smart care for the elderly",
                            "Free public Wi-Fi for low-income districts", "Multilingual services for migrants"};

constexpr std::array kCriteria{"Innovation",         "Impact",        "Sustainability", "Transferability",
                               "Inclusion",          "Scalability",   "Openness",       "Ethics",
                               "Cost-effectiveness", "Participation", "Data security",  "Evidence"};

} // namespace

std::span<const Place> places() {
    return kPlaces;
}
std::span<const char* const> givenNames() {
    return kGiven;
}
std::span<const char* const> familyNames() {
    return kFamily;
}
std::span<const char* const> criterionNames() {
    return kCriteria;
}

std::span<const char* const> projectKinds(int categoryPosition) {
    switch (categoryPosition % 5) {
    case 0:
        return kServices;
    case 1:
        return kEfficiency;
    case 2:
        return kOpenCity;
    case 3:
        return kInnovacity;
    default:
        return kHuman;
    }
}

} // namespace jurybox::generate
