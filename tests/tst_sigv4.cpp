// AWS Signature Version 4 against the worked examples in Amazon S3's API
// reference ("Signature Calculations for the Authorization Header"): same
// key pair, date and requests, so the signatures must match to the hex digit.
#include "sigv4.h"

#include <QNetworkRequest>
#include <QTest>

using namespace tenant;

namespace {
const AwsCredentials exampleKeys{"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                                 "us-east-1"};
const QDateTime exampleTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
const QByteArray emptyPayloadHash =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const QByteArray host = "examplebucket.s3.amazonaws.com";
} // namespace

Q_DECLARE_METATYPE(SigV4::Request)

class TestSigV4 : public QObject
{
    Q_OBJECT

private slots:
    void documentedExamples_data()
    {
        QTest::addColumn<SigV4::Request>("request");
        QTest::addColumn<QByteArray>("signedHeaders");
        QTest::addColumn<QByteArray>("signature");

        QTest::newRow("GET object with a range")
            << SigV4::Request{"GET",
                              QUrl("https://examplebucket.s3.amazonaws.com/test.txt"),
                              {{"Host", host},
                               {"Range", "bytes=0-9"},
                               {"x-amz-content-sha256", emptyPayloadHash},
                               {"x-amz-date", "20130524T000000Z"}},
                              emptyPayloadHash}
            << QByteArray("host;range;x-amz-content-sha256;x-amz-date")
            << QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");

        const QByteArray putPayloadHash =
            "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072";
        QTest::newRow("PUT object, a key needing encoding")
            << SigV4::Request{"PUT",
                              QUrl("https://examplebucket.s3.amazonaws.com/test$file.text"),
                              {{"Host", host},
                               {"Date", "Fri, 24 May 2013 00:00:00 GMT"},
                               {"x-amz-date", "20130524T000000Z"},
                               {"x-amz-storage-class", "REDUCED_REDUNDANCY"},
                               {"x-amz-content-sha256", putPayloadHash}},
                              putPayloadHash}
            << QByteArray("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class")
            << QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");

        QTest::newRow("GET a bucket sub-resource")
            << SigV4::Request{"GET",
                              QUrl("https://examplebucket.s3.amazonaws.com/?lifecycle"),
                              {{"Host", host},
                               {"x-amz-date", "20130524T000000Z"},
                               {"x-amz-content-sha256", emptyPayloadHash}},
                              emptyPayloadHash}
            << QByteArray("host;x-amz-content-sha256;x-amz-date")
            << QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");

        QTest::newRow("GET bucket, query parameters sorted")
            << SigV4::Request{"GET",
                              QUrl("https://examplebucket.s3.amazonaws.com/?prefix=J&max-keys=2"),
                              {{"Host", host},
                               {"x-amz-date", "20130524T000000Z"},
                               {"x-amz-content-sha256", emptyPayloadHash}},
                              emptyPayloadHash}
            << QByteArray("host;x-amz-content-sha256;x-amz-date")
            << QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
    }

    void documentedExamples()
    {
        QFETCH(SigV4::Request, request);
        QFETCH(QByteArray, signedHeaders);
        QFETCH(QByteArray, signature);
        QCOMPARE(SigV4::authorization(request, exampleKeys, exampleTime, "s3"),
                 "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                 "aws4_request,SignedHeaders=" +
                     signedHeaders + ",Signature=" + signature);
    }

    void canonicalRequestOfTheRangeExample()
    {
        const SigV4::Request request{"GET",
                                     QUrl("https://examplebucket.s3.amazonaws.com/test.txt"),
                                     {{"Range", "bytes=0-9"},
                                      {"Host", host},
                                      {"x-amz-date", "20130524T000000Z"},
                                      {"x-amz-content-sha256", emptyPayloadHash}},
                                     emptyPayloadHash};
        QCOMPARE(SigV4::canonicalRequest(request),
                 "GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                 "x-amz-content-sha256:" +
                     emptyPayloadHash +
                     "\nx-amz-date:20130524T000000Z\n\n"
                     "host;range;x-amz-content-sha256;x-amz-date\n" +
                     emptyPayloadHash);
    }

    void signAddsTheHeadersItSigns()
    {
        QNetworkRequest request(QUrl("http://127.0.0.1:9000/tenant-hr?policy"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        SigV4::sign(request, "PUT", "{}", exampleKeys, exampleTime);
        QCOMPARE(request.rawHeader("x-amz-date"), "20130524T000000Z");
        QCOMPARE(
            request.rawHeader("x-amz-content-sha256"),
            "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"); // sha256("{}")
        const QByteArray authorization = request.rawHeader("Authorization");
        QVERIFY2(authorization.contains(
                     "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,"),
                 authorization.constData());
    }

    void uriEncodingKeepsOnlyUnreservedCharacters()
    {
        QCOMPARE(SigV4::uriEncode("a b/c~d_e.f-g$h", true), "a%20b/c~d_e.f-g%24h");
        QCOMPARE(SigV4::uriEncode("a/b", false), "a%2Fb");
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
